// npm run bench:slack: how fast the Slack surface acknowledges /boundary. A real server (the
// shared HTTP server with the Bolt HTTP receiver, temporary SQLite, the real knowledge, a
// local fake Web API) on loopback; autocannon sends correctly signed slash commands, each
// signed when it is sent, from 100 connections. Prints figures; never fails on time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createSlackSurface } from '../../adapters/slack/index.ts';
import { startFakeSlack } from '../../adapters/slack/testing/fake-web-api.ts';
import { commandBody, FORM, signedHeaders } from '../../adapters/slack/testing/signed.ts';
import { loadConfig } from '../config.ts';
import { createHttpServer } from '../server/http.ts';
import { createServices } from '../services.ts';
import { QUESTIONS } from './bench-questions.ts';

const { values: opts } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    serve: { type: 'boolean', default: false },
    // Compare Bolt's serverless mode, where the response waits for the whole listener.
    'process-before-response': { type: 'boolean', default: false },
  },
});

const SECRET = 'bench-signing-secret';

/** The server side, in its own process so the load generator does not share its thread. */
async function serve() {
  const dir = mkdtempSync(join(tmpdir(), 'bb-bench-slack-'));
  const fake = await startFakeSlack();
  const config = loadConfig({
    SQLITE_PATH: join(dir, 'bench.sqlite'),
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    KNOWLEDGE_WATCH: 'off',
    LOG_LEVEL: 'info',
  });
  // Logs are written as in production (info, JSON) but to nowhere, so the terminal stays clean.
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
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${port}`, responseUrl: fake.responseUrl('bench') })}\n`,
  );
  process.once('SIGTERM', async () => {
    await http.close();
    await fake.close();
    await services.store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function main() {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'];
  if (opts['process-before-response']) args.push('--process-before-response');
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: server.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const { url, responseUrl } = JSON.parse(first) as { url: string; responseUrl: string };

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

  // One request checked by hand: a signed command gets its ephemeral answer in the ack.
  const probe = request();
  const res = await fetch(`${url}${probe.path}`, {
    method: 'POST',
    headers: probe.headers,
    body: probe.body,
  });
  const ack = (await res.json()) as { response_type?: string; blocks?: unknown[] };
  if (res.status !== 200 || ack.response_type !== 'ephemeral' || !ack.blocks?.length)
    throw new Error(`the probe request was not answered (${res.status})`);

  const run = (seconds: number) =>
    autocannon({
      url,
      connections: Number(opts.connections),
      duration: seconds,
      requests: [{ setupRequest: () => request() as autocannon.Request }],
    });
  await run(Number(opts.warmup));
  const r = await run(Number(opts.seconds));
  server.kill('SIGTERM');
  await once(server, 'exit');

  const figures = {
    endpoint: 'POST /slack/events (signed /boundary slash commands, reply inside the ack)',
    processBeforeResponse: opts['process-before-response'],
    connections: Number(opts.connections),
    seconds: Number(opts.seconds),
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { median: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  process.stdout.write(
    [
      `bench:slack  ${figures.connections} connections, ${figures.seconds} s, processBeforeResponse ${figures.processBeforeResponse}, node ${process.version}`,
      `  acknowledgement latency: median ${figures.latencyMs.median} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms`,
      `  throughput: ${figures.requestsPerSecond} requests/s (${figures.requests} requests)`,
      `  non-2xx: ${figures.non2xx}, errors: ${figures.errors}, timeouts: ${figures.timeouts}`,
      `  target p99 < 50 ms: ${figures.latencyMs.p99 < 50 ? 'met' : 'not met'} (Slack's limit is 3,000 ms)`,
      JSON.stringify(figures),
      '',
    ].join('\n'),
  );
}

(opts.serve ? serve() : main()).catch((error: Error) => {
  process.stderr.write(`bench:slack failed: ${error.message}\n`);
  process.exit(1);
});
