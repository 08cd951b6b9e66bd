// npm run bench:slack: how fast the Slack surface acknowledges /boundary, beside a bare Bolt 5
// app that only acknowledges, in the same run. Each server runs in its own process (started the
// same way, with the tsx loader) on loopback; the bot has the shared HTTP server with the Bolt
// HTTP receiver, temporary SQLite, the real knowledge and a local fake Web API. autocannon sends
// the same correctly signed slash commands (each signed when it is sent) from 100 connections,
// to one server at a time, alternating rounds so both see the same machine. Prints throughput,
// CPU per command (from /proc, Linux), their ratio, idle RSS and the first answer's latency.
// Prints figures; never fails on time.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type autocannon from 'autocannon';
import { commandBody, FORM, signedHeaders } from '../../adapters/slack/testing/signed.ts';
import { QUESTIONS } from './bench-questions.ts';

const { values: opts } = parseArgs({
  allowNegative: true,
  options: {
    connections: { type: 'string', default: '100' },
    // Each measured round; rounds alternate bot, bare Bolt, bot, bare Bolt...
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '2' },
    idle: { type: 'string', default: '3' },
    serve: { type: 'string' },
    'api-url': { type: 'string' },
    // main.ts sets V8's --optimize-for-size once started; --no-optimize-for-size compares.
    'optimize-for-size': { type: 'boolean', default: true },
    // Write a V8 CPU profile of the bot's process (start-up included) into this folder.
    'cpu-prof': { type: 'string' },
    // Compare Bolt's serverless mode, where the response waits for the whole listener.
    'process-before-response': { type: 'boolean', default: false },
  },
});

const SECRET = 'bench-signing-secret';
const COMMAND = '/boundary';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bot's side: what npm start serves for Slack, with logs written (info, JSON) to nowhere. */
async function serveBot(apiUrl: string) {
  // Imported here, not at the top: the bare Bolt process and the load generator load none of it.
  const { loadConfig } = await import('../config.ts');
  const { createServices } = await import('../services.ts');
  const { createSlackSurface } = await import('../../adapters/slack/index.ts');
  const { createHttpServer } = await import('../server/http.ts');
  const dir = mkdtempSync(join(tmpdir(), 'bb-bench-slack-'));
  const config = loadConfig({
    SQLITE_PATH: join(dir, 'bench.sqlite'),
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    KNOWLEDGE_WATCH: 'off',
    LOG_LEVEL: 'info',
  });
  const discard = new Writable({ write: (_c, _e, done) => done() });
  const services = await createServices(config, { logDestination: discard });
  const slack = config.slack;
  if (!slack) throw new Error('Slack is not configured');
  const surface = await createSlackSurface(services, slack, {
    retries: 0,
    processBeforeResponse: opts['process-before-response'],
  });
  const http = createHttpServer({ routes: surface.routes, logger: services.logger });
  const { port } = await http.listen(0, '127.0.0.1');
  // As main.ts does once start-up is over.
  if (opts['optimize-for-size']) setFlagsFromString('--optimize-for-size');
  return {
    port,
    close: async () => {
      await http.close();
      await services.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A bare Bolt 5 app: the same receiver, one command listener that only acknowledges. */
async function serveBare(apiUrl: string) {
  const { App, HTTPReceiver } = await import('@slack/bolt');
  const receiver = new HTTPReceiver({
    signingSecret: SECRET,
    endpoints: '/slack/events',
    processBeforeResponse: opts['process-before-response'],
  });
  // Like the bot, it knows who it is, so Bolt does not call auth.test on the first event.
  const app = new App({
    token: 'xoxb-bench',
    receiver,
    tokenVerificationEnabled: false,
    botId: 'BBOT',
    botUserId: 'UBOT',
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
  });
  app.command(COMMAND, async ({ ack }) => {
    await ack();
  });
  const server = createServer(receiver.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function serve(kind: string) {
  const { port, close } =
    kind === 'bare'
      ? await serveBare(opts['api-url'] ?? '')
      : await serveBot(opts['api-url'] ?? '');
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
  process.once('SIGTERM', async () => {
    await close();
    process.exit(0);
  });
}

// --- the load generator's side ----------------------------------------------------------------

/** CPU time (user + system) a process has used so far, in ms (clock ticks are 1/100 s). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m);
  return Math.round(Number(line?.[1] ?? 0) / 102.4) / 10;
}

interface Server {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  startMs: number;
}

async function start(kind: 'bot' | 'bare', apiUrl: string): Promise<Server> {
  const profile = kind === 'bot' && opts['cpu-prof'];
  const args = [
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    '--import',
    'tsx',
    fileURLToPath(import.meta.url),
    '--serve',
    kind,
  ];
  args.push('--api-url', apiUrl);
  if (opts['process-before-response']) args.push('--process-before-response');
  if (!opts['optimize-for-size']) args.push('--no-optimize-for-size');
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [first] = (await once(lines, 'line')) as [string];
  const { url } = JSON.parse(first) as { url: string };
  return {
    name: kind,
    child,
    pid: child.pid as number,
    url,
    startMs: Math.round(performance.now() - t0),
  };
}

interface Figures {
  requestsPerSecond: number;
  cpuMsPerCommand: number;
  p99Ms: number[];
  idleRssMb: number;
  afterLoadRssMb: number;
  readyMs: number;
  firstAnswerMs: number;
  non2xx: number;
  errors: number;
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const { startFakeSlack } = await import('../../adapters/slack/testing/fake-web-api.ts');
  const fake = await startFakeSlack();
  const responseUrl = fake.responseUrl('bench');
  let n = 0;
  const request = () => {
    const text = QUESTIONS[n++ % QUESTIONS.length] as string;
    const body = commandBody({ text, user: `U${n % 50}`, responseUrl });
    return {
      method: 'POST',
      path: '/slack/events',
      headers: signedHeaders(SECRET, body, FORM),
      body,
    };
  };

  // One after the other, so neither start-up competes with the other's.
  const bot = await start('bot', fake.url);
  const bare = await start('bare', fake.url);
  const servers = [bot, bare];
  await sleep(Number(opts.idle) * 1000);
  const idleRss = Object.fromEntries(servers.map((s) => [s.name, rssMb(s.pid)]));

  // The first request to each, checked by hand: the bot's answer is inside the ack. Its latency
  // includes whatever was left to load on first use.
  const firstMs: Record<string, number> = {};
  for (const s of servers) {
    const probe = request();
    const t0 = performance.now();
    const res = await fetch(`${s.url}${probe.path}`, {
      signal: AbortSignal.timeout(10_000),
      method: 'POST',
      headers: probe.headers,
      body: probe.body,
    });
    const text = await res.text();
    firstMs[s.name] = Math.round((performance.now() - t0) * 10) / 10;
    if (res.status !== 200)
      throw new Error(`${s.name}: the probe was not answered (${res.status})`);
    if (s === bot) {
      const ack = JSON.parse(text) as { response_type?: string; blocks?: unknown[] };
      if (ack.response_type !== 'ephemeral' || !ack.blocks?.length)
        throw new Error('bot: the probe got no ephemeral answer');
    }
  }

  const run = (s: Server, seconds: number) =>
    autocannon({
      url: s.url,
      connections: Number(opts.connections),
      duration: seconds,
      requests: [{ setupRequest: () => request() as autocannon.Request }],
    });
  for (const s of servers) await run(s, Number(opts.warmup));

  const totals = Object.fromEntries(
    servers.map((s) => [
      s.name,
      { requests: 0, non2xx: 0, errors: 0, cpuMs: 0, seconds: 0, p99: [] as number[] },
    ]),
  );
  for (let round = 0; round < Number(opts.rounds); round++)
    for (const s of round % 2 ? [...servers].reverse() : servers) {
      const cpu0 = cpuMs(s.pid);
      const t0 = performance.now();
      const r = await run(s, Number(opts.seconds));
      const t = totals[s.name] as (typeof totals)[string];
      t.cpuMs += cpuMs(s.pid) - cpu0;
      t.seconds += (performance.now() - t0) / 1000;
      t.requests += r.requests.total;
      t.non2xx += r.non2xx;
      t.errors += r.errors + r.timeouts;
      t.p99.push(r.latency.p99);
    }
  const afterRss = Object.fromEntries(servers.map((s) => [s.name, rssMb(s.pid)]));
  for (const s of servers) {
    s.child.kill('SIGTERM');
    await once(s.child, 'exit');
  }
  await fake.close();

  const figures = Object.fromEntries(
    servers.map((s) => {
      const t = totals[s.name] as (typeof totals)[string];
      return [
        s.name,
        {
          requestsPerSecond: Math.round(t.requests / t.seconds),
          cpuMsPerCommand: Math.round((t.cpuMs / Math.max(1, t.requests)) * 1000) / 1000,
          requests: t.requests,
          non2xx: t.non2xx,
          errors: t.errors,
          p99Ms: t.p99,
          idleRssMb: idleRss[s.name],
          afterLoadRssMb: afterRss[s.name],
          readyMs: s.startMs,
          firstAnswerMs: firstMs[s.name],
        },
      ];
    }),
  ) as unknown as Record<'bot' | 'bare', Figures>;
  const ratio = {
    throughput:
      Math.round((figures.bot.requestsPerSecond / figures.bare.requestsPerSecond) * 100) / 100,
    cpuPerCommand:
      Math.round((figures.bot.cpuMsPerCommand / figures.bare.cpuMsPerCommand) * 100) / 100,
  };
  const line = (name: 'bot' | 'bare', label: string) => {
    const f = figures[name];
    return `  ${label}  ${f.requestsPerSecond} commands/s, ${f.cpuMsPerCommand} ms CPU per command, p99 ${f.p99Ms.join('/')} ms, idle RSS ${f.idleRssMb} MB (after load ${f.afterLoadRssMb} MB), ready in ${f.readyMs} ms, first answer ${f.firstAnswerMs} ms, non-2xx ${f.non2xx}, errors ${f.errors}`;
  };
  process.stdout.write(
    [
      `bench:slack  ${opts.connections} connections, ${opts.rounds} rounds of ${opts.seconds} s each (alternating), processBeforeResponse ${opts['process-before-response']}, node ${process.version}`,
      line('bot', 'boundary-bot:'),
      line('bare', 'bare Bolt:   '),
      `  bot / bare Bolt: throughput ${ratio.throughput}, CPU per command ${ratio.cpuPerCommand}`,
      JSON.stringify({ ...figures, ratio }),
      '',
    ].join('\n'),
  );
}

const children: ChildProcess[] = [];
(opts.serve ? serve(opts.serve) : main()).catch((error: Error) => {
  for (const child of children) child.kill('SIGKILL');
  process.stderr.write(`bench:slack failed: ${error.message}\n`);
  process.exit(1);
});
