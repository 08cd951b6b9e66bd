// npm run bench:memory -- [--surfaces all|console] [--command "npm start"] [--idle 5]
//   [--warmup 2] [--seconds 10] [--connections 100] [--json]
// Starts the bot as an operator would (default `npm start`) with Slack (HTTP mode, against a
// local fake Web API), Teams (emulator mode) and the web console, then measures: time until
// /readyz answers 200, resident memory (VmRSS of the bot's own node process) at idle, the peak
// while signed Slack slash commands are fired at /slack/events, and the shutdown time.
// Prints figures; never passes or fails. Linux only (reads /proc).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { commandBody, FORM, signedHeaders } from '../../adapters/slack/testing/signed.ts';
import { QUESTIONS } from './bench-questions.ts';

const { values: opts } = parseArgs({
  options: {
    surfaces: { type: 'string', default: 'all' },
    command: { type: 'string', default: 'npm start' },
    idle: { type: 'string', default: '5' },
    // The shape of npm run bench:slack: 100 connections, 2 s warm-up, then 10 s.
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
  },
});
const withSlack = opts.surfaces === 'all';
const SECRET = 'bench-signing-secret';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- /proc ------------------------------------------------------------------------------------

function status(pid: number): Record<string, string> {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries(text.split('\n').map((l) => l.split(/:\s+/, 2) as [string, string]));
  } catch {
    return {};
  }
}
const kb = (value: string | undefined) => Number.parseInt(value ?? '0', 10) || 0;
const rssKb = (pid: number) => kb(status(pid).VmRSS);

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (Number(status(Number(entry)).PPid) === pid) out.push(Number(entry));
  }
  return out;
}

function tree(pid: number): number[] {
  return [pid, ...children(pid).flatMap(tree)];
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks are 1/100 s). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

const isNode = (pid: number) => status(pid).Name === 'node';

/** The bot itself: the deepest node process under the one we spawned (npm, tsx and the like
 * are parents that only wait). */
function botProcess(root: number): number | undefined {
  const nodes = tree(root).filter(isNode);
  return nodes.find((pid) => !tree(pid).slice(1).some(isNode));
}

// --- a fake Slack Web API ---------------------------------------------------------------------

async function fakeSlackApi() {
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    calls.set(method, (calls.get(method) ?? 0) + 1);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: 'T1',
          user: 'boundary-bot',
          url: 'https://bench.slack.com/',
          channel: 'C1',
          ts: '1700000000.000100',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, calls };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The next signed /boundary command, signed as it is sent (as Slack does). */
function slashCommand(n: number, responseUrl: string) {
  const body = commandBody({
    text: QUESTIONS[n % QUESTIONS.length] as string,
    user: `U${n % 50}`,
    responseUrl,
  });
  return {
    method: 'POST' as const,
    path: '/slack/events',
    headers: signedHeaders(SECRET, body, FORM),
    body,
  };
}

// --- the run ----------------------------------------------------------------------------------

async function main() {
  const api = withSlack ? await fakeSlackApi() : undefined;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'bb-bench-memory-'));
  // Only the settings this run chooses: none of the caller's Slack/Teams/database settings.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SLACK_|MICROSOFT_|TEAMS_|DATABASE_URL|SQLITE_|PORT|HOST|WEB_CONSOLE)/.test(k),
    ),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dir, 'bot.sqlite'),
    WEB_CONSOLE: 'on',
    LOG_LEVEL: 'warn',
    // The stop time measured is the bot's own work, not the load balancer's drain period.
    SHUTDOWN_DRAIN_SECONDS: '0',
    ...(api
      ? {
          SLACK_BOT_TOKEN: 'xoxb-bench-token',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_MODE: 'http',
          SLACK_API_URL: `${api.url}/api/`,
          TEAMS_EMULATOR: 'on',
          // Unauthenticated Teams is accepted only in an explicitly local mode.
          NODE_ENV: 'development',
        }
      : {}),
  };
  const started = performance.now();
  // Through the shell, so a command such as "npm run build && node dist/main.js" works.
  const child: ChildProcess = spawn(opts.command, {
    shell: true,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c) => {
    stderr = (stderr + c).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

  let readyMs: number | undefined;
  while (performance.now() - started < 30_000 && child.exitCode === null) {
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) {
      readyMs = Math.round(performance.now() - started);
      break;
    }
    await sleep(25);
  }
  if (readyMs === undefined) {
    child.kill('SIGKILL');
    process.stderr.write(`The bot did not become ready.\n${stderr}\n`);
    if (withSlack)
      process.stderr.write('(To measure without Slack and Teams: --surfaces console)\n');
    process.exit(1);
  }
  const bot = botProcess(child.pid as number);
  if (!bot) throw new Error('could not find the bot node process');
  const readyCpuMs = cpuMs(bot);
  const treeKb = () => tree(child.pid as number).reduce((n, pid) => n + rssKb(pid), 0);

  await sleep(Number(opts.idle) * 1000);
  const idle = { rssKb: rssKb(bot), treeRssKb: treeKb() };

  let load:
    | { requests: number; perSecond: number; p50: number; p99: number; non2xx: number }
    | undefined;
  let peakKb = idle.rssKb;
  if (api) {
    const sampler = setInterval(() => {
      peakKb = Math.max(peakKb, rssKb(bot));
    }, 50);
    // One request checked by hand: the load must really be answered, not refused.
    const probe = slashCommand(0, `${api.url}/response`);
    const res = await fetch(`${url}${probe.path}`, { ...probe });
    const ack = (await res.json().catch(() => ({}))) as { blocks?: unknown[] };
    if (res.status !== 200 || !ack.blocks?.length)
      throw new Error(`the probe slash command was not answered (${res.status})`);
    let n = 0;
    const fire = (seconds: number) =>
      autocannon({
        url,
        connections: Number(opts.connections),
        duration: seconds,
        requests: [
          {
            setupRequest: () => slashCommand(n++, `${api.url}/response`) as autocannon.Request,
          },
        ],
      });
    await fire(Number(opts.warmup));
    const result = await fire(Number(opts.seconds));
    clearInterval(sampler);
    peakKb = Math.max(peakKb, rssKb(bot));
    load = {
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx + result.errors,
    };
  }
  const afterLoadKb = rssKb(bot);
  const hwmKb = kb(status(bot).VmHWM);

  const stopAt = performance.now();
  process.kill(bot, 'SIGTERM');
  const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout' as const)]);
  const stopMs = Math.round(performance.now() - stopAt);
  if (code === 'timeout') child.kill('SIGKILL');
  api?.server.close();

  const mb = (k: number) => Math.round(k / 102.4) / 10;
  const figures = {
    command: opts.command,
    surfaces: withSlack ? ['slack (http)', 'teams (emulator)', 'console'] : ['console'],
    readyMs,
    readyCpuMs,
    idleRssMb: mb(idle.rssKb),
    idleTreeRssMb: mb(idle.treeRssKb),
    load: load
      ? { ...load, connections: Number(opts.connections), seconds: Number(opts.seconds) }
      : null,
    loadPeakRssMb: load ? mb(peakKb) : null,
    afterLoadRssMb: mb(afterLoadKb),
    highWaterRssMb: mb(hwmKb),
    slackApiCalls: api ? Object.fromEntries(api.calls) : null,
    stopMs,
    exitCode: code,
  };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const lines = [
    `command:            ${figures.command} (${figures.surfaces.join(', ')})`,
    `ready (/readyz 200): ${readyMs} ms after spawn (the bot process had used ${readyCpuMs} ms of CPU)`,
    `idle RSS:           ${figures.idleRssMb} MB (the bot's node process, ${opts.idle} s after ready); whole process tree ${figures.idleTreeRssMb} MB`,
  ];
  if (load)
    lines.push(
      `Slack load:         ${load.requests} signed slash commands in ${opts.seconds} s after a ${opts.warmup} s warm-up, ${opts.connections} connections: ${load.perSecond}/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.non2xx} not 2xx`,
      `peak RSS under load: ${figures.loadPeakRssMb} MB (warm-up included); after load ${figures.afterLoadRssMb} MB`,
    );
  else lines.push('Slack load:         skipped (--surfaces console)');
  lines.push(
    `high-water RSS:     ${figures.highWaterRssMb} MB (VmHWM, start-up included)`,
    `shutdown:           exit ${code} ${stopMs} ms after SIGTERM`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
