// The README's run command, as a person runs it: a SIGTERM to the process it starts (npm, with
// a shell and the server below it) stops the bot, frees the port and leaves no process behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';

let started: ChildProcess | undefined;
let tree: number[] = [];
afterEach(() => {
  for (const pid of [started?.pid, ...tree])
    if (pid && alive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
});

/** The command the README's first lines give to run the bot, without the install before it. */
function readmeRunCommand(): string[] {
  const line = readFileSync(join(repoRoot, 'README.md'), 'utf8')
    .split('\n')
    .find((l) => l.includes('# run the bot'));
  const command =
    (line ?? '')
      .split('#')[0]
      ?.replace(/^npm ci &&/, '')
      .trim() ?? '';
  return command.split(/\s+/);
}

/** Every process below `pid`, from /proc. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift() as number;
    for (const [child, ppid] of parent)
      if (ppid === p) {
        found.push(child);
        queue.push(child);
      }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

it('a SIGTERM to what the README starts stops the bot and frees its port', async () => {
  const [command, ...args] = readmeRunCommand();
  expect(command).toBeTruthy();
  const run = spawn(command as string, args, {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      PORT: '0',
      SQLITE_PATH: join(mkdtempSync(join(tmpdir(), 'bb-start-')), 'bot.sqlite'),
      KNOWLEDGE_WATCH: 'off',
      SHUTDOWN_DRAIN_SECONDS: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started = run;
  let logs = '';
  run.stderr?.on('data', (c) => {
    logs += c;
  });
  const until = Date.now() + 90_000;
  let url: string | undefined;
  let listening: string | undefined;
  while (!url) {
    if (run.exitCode !== null) throw new Error(`exited early with ${run.exitCode}: ${logs}`);
    if (Date.now() > until) throw new Error(`not ready in time: ${logs}`);
    const ready = logs
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { event?: string; url?: string; listening?: string })
      .find((l) => l.event === 'ready');
    ({ url, listening } = ready ?? {});
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  const port = Number(new URL(url).port);
  // With no HOST set it listens on this machine only, and says so.
  expect(listening).toBe(`127.0.0.1:${port}`);
  tree = descendants(run.pid as number);
  expect(tree.length).toBeGreaterThan(0);

  run.kill('SIGTERM');
  const deadline = Date.now() + 15_000;
  while ((alive(run.pid as number) || tree.some(alive)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(tree.filter(alive)).toEqual([]);
  expect(await portFree(port)).toBe(true);
}, 120_000);

it('watches its parent: calls back once the parent has gone, and not before', async () => {
  const { watchParent } = await import('../../src/server/parent-watch.ts');
  let ppid = 100;
  let gone = 0;
  const stop = watchParent(() => gone++, { ppid: () => ppid, intervalMs: 5 });
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(gone).toBe(0);
  ppid = 1;
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(gone).toBe(1);
  stop();
});

it('stops when the parent went away before it started watching', async () => {
  const { watchParent } = await import('../../src/server/parent-watch.ts');
  let gone = 0;
  const stop = watchParent(() => gone++, { ppid: () => 1, parent: 100, intervalMs: 5 });
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(gone).toBe(1);
  stop();
});
