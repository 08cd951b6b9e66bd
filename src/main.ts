// npm start: one HTTP server with every configured surface (Slack, Teams, the web console),
// health endpoints and the daily quiz scheduler. Stops gracefully on SIGTERM / SIGINT.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { loadServerConfig } from './config.ts';
import { errorText } from './error-text.ts';
import { watchKnowledge } from './knowledge/watch.ts';
import { guardProcess } from './process-guard.ts';
import { createPersonalDispatcher } from './schedule/personal.ts';
import { createRequestDispatcher } from './schedule/requests.ts';
import { createScheduler } from './schedule/scheduler.ts';
import { createHttpServer } from './server/http.ts';
import { startedByNpm, watchParent } from './server/parent-watch.ts';
import { loadSurfaces, readyChecks } from './server/surfaces.ts';
import { createServices } from './services.ts';
import { consoleRequestPoster } from './supervisor/console-poster.ts';

if (existsSync('.env')) process.loadEnvFile('.env');

/** Longest a graceful shutdown may take after the drain (Docker sends SIGKILL 10 s after
 * SIGTERM; with the default 3 s drain this leaves 2 s to spare). */
const STOP_MS = 5_000;

/** Read before start-up, which takes a while, so a parent gone meanwhile is noticed too. */
const parentAtStart = process.ppid;

async function main() {
  const started = performance.now();
  const config = loadServerConfig();
  const services = await createServices(config);
  const { logger, store } = services;
  const guard = guardProcess(logger);
  for (const warning of config.warnings) logger.warn({ event: 'config' }, warning);
  // Edits to the knowledge take effect without a restart; a bad edit keeps the last good one.
  const watcher = config.knowledgeWatch
    ? watchKnowledge({
        baseDir: config.knowledgeDir,
        agencyDir: config.agencyKnowledgeDir,
        onReload: (kb, model, index) => services.bot.replaceKnowledge(kb, model, index),
        currentModel: () => services.bot.model(),
        logger,
      })
    : null;

  const surfaces = await loadSurfaces(services);
  const instance = `${hostname()}:${process.pid}`;
  const scheduler = createScheduler({
    store,
    questions: () => services.bot.kb.quiz,
    posters: Object.fromEntries(surfaces.flatMap((s) => (s.poster ? [[s.name, s.poster]] : []))),
    instance,
    random: services.random,
    logger,
  });
  // "Ask a supervisor": cards and answers delivered once, reminders, and the retention purge.
  const requests = createRequestDispatcher({
    store,
    settings: config.supervisors,
    posters: {
      console: consoleRequestPoster,
      ...Object.fromEntries(
        surfaces.flatMap((s) => (s.requestPoster ? [[s.name, s.requestPoster]] : [])),
      ),
    },
    instance,
    logger,
  });
  // Each person's daily practice question, at their own time, once per local day.
  const personal = createPersonalDispatcher({
    store,
    coach: services.coach,
    posters: Object.fromEntries(
      surfaces.flatMap((s) => (s.personalPoster ? [[s.name, s.personalPoster]] : [])),
    ),
    instance,
    logger,
  });
  const http = createHttpServer({
    routes: surfaces.flatMap((s) => s.routes),
    logger,
    ready: {
      knowledge: async () => {
        if (!services.bot.kb.topics.length) throw new Error('no topics loaded');
      },
      database: () => store.ping(),
      ...readyChecks(surfaces),
    },
  });
  for (const s of surfaces) await s.start?.();
  const address = await http.listen(config.port, config.host);
  scheduler.start();
  requests.start();
  personal.start();
  // Start-up is over (knowledge indexed, re-ranker trained): from now on V8 collects garbage
  // sooner instead of growing the heap. Measured: ~125 MB resident idle and ~145 MB at the peak
  // of the Slack benchmark, instead of ~155 / ~320 MB, at about the same throughput. Set here,
  // not as a node option, so start-up keeps V8's faster defaults.
  setFlagsFromString('--optimize-for-size');
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`;
  const listening = `${config.host}:${address.port}`;
  logger.info(
    {
      event: 'ready',
      url,
      listening,
      surfaces: surfaces.map((s) => s.name),
      topics: services.bot.kb.topics.length,
      ms: Math.round(performance.now() - started),
    },
    `boundary-bot is ready at ${url} (${surfaces.map((s) => s.name).join(', ') || 'no surfaces'}); listening on ${listening}, ${reach(config.host)}`,
  );

  // A person who just ran `npm start` in a terminal gets a plain line, not only JSON logs.
  if (process.stdout.isTTY && config.webConsole)
    process.stdout.write(
      `\n  boundary-bot is running: open ${url} in your browser. Ctrl+C stops it.\n\n`,
    );

  let stopping = false;
  const skipDrain = new AbortController();
  const stop = async (signal: string, code = 0) => {
    if (stopping) {
      // A second Ctrl+C (or signal) does not wait for the load balancer: close now.
      skipDrain.abort();
      return;
    }
    stopping = true;
    logger.info(
      { event: 'stopping', signal, drainMs: config.shutdownDrainMs },
      'shutting down: not ready, still answering during the drain',
    );
    // The drain, then up to STOP_MS for requests in flight; then the process leaves anyway (the
    // orchestrator would kill it soon after) rather than hang.
    const limit = config.shutdownDrainMs + STOP_MS;
    if (process.stdout.isTTY && config.shutdownDrainMs > 0)
      process.stdout.write(
        `\n  Stopping in ${config.shutdownDrainMs / 1000} s (SHUTDOWN_DRAIN_SECONDS). Ctrl+C again stops now.\n\n`,
      );
    setTimeout(() => {
      logger.error({ event: 'stop-timeout', ms: limit }, 'shutdown took too long');
      process.exit(1);
    }, limit).unref();
    let failed = false;
    const step = async (name: string, action: () => unknown) => {
      try {
        await action();
      } catch (error) {
        failed = true;
        logger.error({ event: 'stop-failed', step: name, err: errorText(error) }, name);
      }
    };
    // Not ready from this moment (close starts the drain), while the scheduler finishes a post.
    const closing = http.close(config.shutdownDrainMs, skipDrain.signal);
    watcher?.close();
    await step('scheduler', () => scheduler.stop());
    await step('requests', () => requests.stop());
    await step('personal', () => personal.stop());
    await step('http', () => closing);
    for (const s of surfaces) await step(s.name, () => s.stop?.());
    await step('asks', () => services.bot.flush());
    await step('release-claims', () => store.releaseClaims(instance));
    await step('store', () => store.close());
    logger.info({ event: 'stopped' }, 'stopped');
    process.exit(failed ? 1 : code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // npm's shell does not pass a signal sent to npm on: stop when npm is gone.
  if (startedByNpm()) watchParent(() => void stop('parent-exit'), { parent: parentAtStart });
  guard.onFatal((reason) => stop(reason, 1));
}

/** Who can reach the server on this address, said at start. */
function reach(host: string): string {
  return /^(127\.|::1$|localhost$)/.test(host)
    ? 'this machine only (set HOST=0.0.0.0 to accept other machines)'
    : 'reachable from other machines (set HOST=127.0.0.1 for this machine only)';
}

main().catch((error: Error) => {
  process.stderr.write(`boundary-bot could not start: ${error.message}\n`);
  process.exit(1);
});
