// npm start for real: the bot starts, reports ready, and on SIGTERM stops accepting, gives
// back its unposted quiz claims, closes the database and exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/store.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, ms = 15_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited early with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('not ready in time');
}

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('graceful shutdown', () => {
  it('on SIGTERM releases its quiz claims, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-main-'));
    const sqlitePath = join(dir, 'bot.sqlite');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // The bot's own process (no npm or tsx wrapper in between), so the signal reaches it.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        SQLITE_PATH: sqlitePath,
        WEB_CONSOLE: 'on',
        KNOWLEDGE_WATCH: 'off',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let logs = '';
    child.stderr?.on('data', (c) => {
      logs += c;
    });
    const exited = new Promise<number | null>((resolve) => child?.on('exit', resolve));
    await waitReady(url, child);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // A claim held by the running bot, as the scheduler makes it before posting.
    const instance = `${hostname()}:${child.pid}`;
    const other = await createStore({ sqlitePath });
    const now = new Date();
    expect(await other.claimPost('slack:C1', '2026-11-23', instance, now, 600_000)).toBe(true);
    expect(await other.claimPost('slack:C1', '2026-11-23', 'other', now, 600_000)).toBe(false);
    await other.close();
    // The bot's own connection keeps the write-ahead log open while it runs.
    expect(existsSync(`${sqlitePath}-wal`)).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const events = logs
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).event);
    expect(events).toEqual(expect.arrayContaining(['ready', 'stopping', 'stopped']));
    expect(events.indexOf('stopped')).toBeGreaterThan(events.indexOf('stopping'));
    // Closed: SQLite folds the log back and removes it when the last connection closes.
    expect(existsSync(`${sqlitePath}-wal`)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // Released: another instance takes the day's post at once, not after the 10-minute lease.
    const after = await createStore({ sqlitePath });
    expect(await after.claimPost('slack:C1', '2026-11-23', 'other', now, 600_000)).toBe(true);
    await after.close();
  });
});
