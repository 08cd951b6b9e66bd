// npm start for real: the bot starts, reports ready, and on SIGTERM stops accepting, gives
// back its unposted quiz claims, closes the database and exits 0. Under load, every request
// that reached it before or during the drain period gets its whole answer.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/store.ts';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** The bot's own process (no npm or tsx wrapper in between, so the signal reaches it) on a port
 * the system picks; resolves once /readyz passes. */
async function startBot(env: Record<string, string>) {
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-main-')), 'bot.sqlite');
  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: sqlitePath,
      WEB_CONSOLE: 'on',
      KNOWLEDGE_WATCH: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child = bot;
  let logs = '';
  bot.stderr?.on('data', (c) => {
    logs += c;
  });
  const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
  const lines = () =>
    logs
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { event?: string; url?: string });
  const until = Date.now() + 15_000;
  let url: string | undefined;
  while (!url) {
    if (bot.exitCode !== null) throw new Error(`exited early with ${bot.exitCode}: ${logs}`);
    if (Date.now() > until) throw new Error('not ready in time');
    url = lines().find((l) => l.event === 'ready')?.url;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  return { bot, url, sqlitePath, exited, events: () => lines().map((l) => l.event) };
}

type Outcome = { status: number; body: string; connection?: string } | { error: string };

/** Resolved when each request's connection is open: it has reached the server. */
let connections: Promise<void>[] = [];

/** One request with node:http, so a reset shows as its error code. A `slow` body is sent in two
 * halves `slow` ms apart: the request is in flight, only partly read, all that time. */
function send(
  url: string,
  path: string,
  o: { body?: string; slow?: number; agent?: Agent | false } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${path}`,
      {
        method: o.body === undefined ? 'GET' : 'POST',
        agent: o.agent ?? false,
        headers: o.body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
        );
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    connections.push(
      new Promise((connected) =>
        req.on('socket', (socket) =>
          socket.connecting ? socket.once('connect', () => connected()) : connected(),
        ),
      ),
    );
    if (o.body === undefined) return void req.end();
    const half = Math.floor(o.body.length / 2);
    req.write(o.body.slice(0, half));
    setTimeout(() => req.end(o.body?.slice(half)), o.slow ?? 0);
  });
}

const ASK = JSON.stringify({ text: 'can I accept a gift card from a peer?' });

describe('graceful shutdown', () => {
  it('on SIGTERM releases its quiz claims, closes the database and exits 0', async () => {
    const { bot, url, sqlitePath, exited, events } = await startBot({
      SHUTDOWN_DRAIN_SECONDS: '0',
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // A claim held by the running bot, as the scheduler makes it before posting.
    const instance = `${hostname()}:${bot.pid}`;
    const other = await createStore({ sqlitePath });
    const now = new Date();
    expect(await other.claimPost('slack:C1', '2026-11-23', instance, now, 600_000)).toBe(true);
    expect(await other.claimPost('slack:C1', '2026-11-23', 'other', now, 600_000)).toBe(false);
    await other.close();
    // The bot's own connection keeps the write-ahead log open while it runs.
    expect(existsSync(`${sqlitePath}-wal`)).toBe(true);

    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(events()).toEqual(expect.arrayContaining(['ready', 'stopping', 'stopped']));
    expect(events().indexOf('stopped')).toBeGreaterThan(events().indexOf('stopping'));
    // Closed: SQLite folds the log back and removes it when the last connection closes.
    expect(existsSync(`${sqlitePath}-wal`)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // Released: another instance takes the day's post at once, not after the 10-minute lease.
    const after = await createStore({ sqlitePath });
    expect(await after.claimPost('slack:C1', '2026-11-23', 'other', now, 600_000)).toBe(true);
    await after.close();
  });

  it('under load, answers every request in flight and during the drain; none is reset', async () => {
    const drainMs = 1_500;
    const { bot, url, exited, events } = await startBot({
      SHUTDOWN_DRAIN_SECONDS: String(drainMs / 1000),
    });
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });
    connections = [];
    let sending = true;
    // Steady load over keep-alive connections (as a load balancer keeps them), until the load
    // balancer would have seen /readyz fail: 8 clients, each asking again as soon as answered.
    const clients = Array.from({ length: 8 }, async (_, i) => {
      const outcomes: Outcome[] = [];
      while (sending && outcomes.length < 200) {
        const path = i % 2 ? '/console/api/welcome' : '/console/api/message';
        const outcome = await send(url, path, { body: i % 2 ? undefined : ASK, agent: keepAlive });
        outcomes.push(outcome);
        if ('error' in outcome) break;
      }
      return outcomes;
    });
    // And 20 more at once on fresh connections, of which 6 send their body slowly (one until
    // after the drain has ended): in flight, half read, when the signal comes.
    const burst = [
      ...Array.from({ length: 7 }, () => send(url, '/console/api/welcome')),
      ...Array.from({ length: 7 }, () => send(url, '/console/api/message', { body: ASK })),
      ...Array.from({ length: 5 }, () =>
        send(url, '/console/api/message', { body: ASK, slow: 800 }),
      ),
      send(url, '/console/api/message', { body: ASK, slow: drainMs + 700 }),
    ];
    await Promise.all(connections);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    bot.kill('SIGTERM');
    setTimeout(() => {
      sending = false;
    }, drainMs / 2);

    // Draining: no longer ready, still answering, and telling clients to reconnect elsewhere.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ready = await send(url, '/readyz');
    expect(ready).toMatchObject({ status: 503, connection: 'close' });
    expect(JSON.parse((ready as { body: string }).body).checks.server).toBe('shutting down');
    const late = await Promise.all(
      Array.from({ length: 10 }, () => send(url, '/console/api/welcome')),
    );

    const outcomes = [
      ...(await Promise.all(clients)).flat(),
      ...(await Promise.all(burst)),
      ...late,
    ];
    const failed = outcomes.filter((o) => !('status' in o) || o.status !== 200);
    expect(failed).toEqual([]);
    // The burst and the late ones (30), and every keep-alive client answered at least once: how
    // many more they fit in depends on how busy the machine is, not on the drain.
    expect(outcomes.length).toBeGreaterThanOrEqual(30 + 8);
    // Whole answers: each body is complete JSON with the bot's reply.
    for (const o of outcomes) expect(JSON.parse((o as { body: string }).body).reply).toBeTruthy();

    expect(await exited).toBe(0);
    // The drain was kept, and nothing waited for the 8-second limit.
    expect(Date.now() - started).toBeGreaterThanOrEqual(drainMs);
    expect(events()).not.toContain('stop-timeout');
    // After the drain the port is closed: a new connection is refused, not reset.
    expect(await send(url, '/healthz')).toEqual({ error: 'ECONNREFUSED' });
    keepAlive.destroy();
  });

  it('a second Ctrl+C ends the drain at once', async () => {
    const { bot, url, exited } = await startBot({ SHUTDOWN_DRAIN_SECONDS: '30' });
    bot.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await send(url, '/readyz')).toMatchObject({ status: 503 });
    const second = Date.now();
    bot.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(Date.now() - second).toBeLessThan(5_000);
  });
});
