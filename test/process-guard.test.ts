// npm start for real, with a failure nobody handles: a rejected promise is logged on one line
// and the server keeps answering; a thrown exception is logged and the server stops gracefully
// with exit code 1 (for the supervisor to restart it), never silently.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';

type Line = Record<string, unknown>;

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** The real server with the stray-failure fixture preloaded; resolves once it is ready. */
async function startMain(failure: 'reject' | 'throw') {
  const fixture = pathToFileURL(resolve('test/fixtures/process/stray-failure.mjs')).href;
  const proc = spawn(process.execPath, ['--import', 'tsx', '--import', fixture, 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'bb-guard-')), 'bot.sqlite'),
      WEB_CONSOLE: 'off',
      KNOWLEDGE_WATCH: 'off',
      LOG_LEVEL: 'info',
      STRAY_FAILURE: failure,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child = proc;
  const lines: Line[] = [];
  let pending = '';
  const waiters: (() => void)[] = [];
  proc.stderr?.on('data', (chunk) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    // Node's own crash report is plain text.
    for (const p of parts.filter(Boolean)) lines.push(p.startsWith('{') ? JSON.parse(p) : { p });
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((r) => proc.on('exit', r));
  /** Resolves with the first log line of this event, waiting up to 15 s. */
  const logged = async (event: string): Promise<Line> => {
    const until = Date.now() + 15_000;
    for (;;) {
      const line = lines.find((l) => l.event === event);
      if (line) return line;
      if (proc.exitCode !== null || Date.now() > until)
        throw new Error(`no "${event}" log line; exit ${proc.exitCode}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  const ready = await logged('ready');
  return { proc, url: String(ready.url), lines, logged, exited };
}

it('logs a rejection nobody handled on one line and keeps serving', async () => {
  const m = await startMain('reject');
  m.proc.kill('SIGUSR2');
  const line = await m.logged('unhandled-rejection');
  expect(line.err).toContain('stray rejection');
  expect(line.level).toBe(50); // error
  expect((await fetch(`${m.url}/healthz`)).status).toBe(200);
  expect(m.lines.filter((l) => l.event === 'unhandled-rejection')).toHaveLength(1);
  m.proc.kill('SIGTERM');
  expect(await m.exited).toBe(0);
}, 30_000);

it('logs an uncaught exception and stops gracefully with exit code 1', async () => {
  const m = await startMain('throw');
  m.proc.kill('SIGUSR2');
  const line = await m.logged('uncaught-exception');
  expect(line.err).toContain('stray exception');
  expect(line.level).toBe(60); // fatal
  expect(await m.exited).toBe(1);
  const events = m.lines.map((l) => l.event);
  expect(events.indexOf('stopping')).toBeGreaterThan(events.indexOf('uncaught-exception'));
  expect(events).toContain('stopped');
}, 30_000);
