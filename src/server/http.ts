// The one HTTP server: each surface's routes, /healthz and /readyz. Closing it drains first
// (not ready, still answering), then stops new connections and waits for requests in flight.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, Server as NetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { errorText } from '../error-text.ts';
import type { Route } from './surface.ts';

export interface HttpServerOptions {
  routes: Route[];
  logger: Logger;
  /** Readiness checks by name; each resolves when healthy and throws when not. */
  ready?: Record<string, () => Promise<void>>;
  /** A check that has not answered by then counts as failed (a database that does not answer
   * would otherwise hold /readyz open until the request timeout). */
  readyTimeoutMs?: number;
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Read a request body, at most `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== 'ANY' && route.method !== method) return false;
  return route.path.endsWith('/*')
    ? path === route.path.slice(0, -2) || path.startsWith(route.path.slice(0, -1))
    : path === route.path;
}

/** After the drain, how long an open connection may still deliver a request it already sent. */
const IDLE_GRACE_MS = 100;

export function createHttpServer(o: HttpServerOptions) {
  let stopping = false;
  /** Responses begun before the drain: they too will close their connection when done. */
  const answering = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    // Draining: answered, and the client reconnects (elsewhere) for its next request instead
    // of reusing a connection that is about to close.
    if (stopping) res.setHeader('connection', 'close');
    else {
      answering.add(res);
      res.on('close', () => answering.delete(res));
    }
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      void readiness(o.ready ?? {}, stopping, o.readyTimeoutMs ?? 2_000).then(({ ok, checks }) =>
        sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks }),
      );
      return;
    }
    const route = o.routes.find((r) => matches(r, method, path));
    if (!route) return sendJson(res, 404, { error: 'not found' });
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((error: Error & { status?: number }) => {
        o.logger.error({ event: 'http-error', path, err: error.message }, 'request failed');
        if (!res.headersSent) sendJson(res, error.status ?? 500, { error: 'request failed' });
        else res.end();
      });
  });
  // Slack and Teams wait a few seconds at most; a stuck client must not hold a socket forever.
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    /** Listen; a port in use is named clearly. */
    listen(port: number, host: string): Promise<AddressInfo> {
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            error.code === 'EADDRINUSE'
              ? new Error(
                  `Port ${port} on ${host} is already in use. Stop the other program or set PORT to a free port.`,
                )
              : error.code === 'EACCES'
                ? new Error(
                    `Not allowed to listen on port ${port}. Use a port above 1023 (set PORT).`,
                  )
                : error,
          );
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    /**
     * Graceful stop: /readyz fails at once, but requests are still accepted and answered for
     * `drainMs` (the time a load balancer needs to notice; `skip` ends it early). Then stop
     * accepting, let requests in flight finish, and resolve when the last connection is gone.
     */
    async close(drainMs = 0, skip?: AbortSignal): Promise<void> {
      stopping = true;
      for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close');
      if (drainMs > 0) await sleep(drainMs, undefined, { signal: skip }).catch(() => {});
      // http.Server#close would also destroy every idle connection at once, and with it a
      // request already sent on one but not yet read (the client sees ECONNRESET). So stop
      // listening only, let the event loop read what has arrived, then close what is still idle.
      const closed = new Promise<void>((resolve) =>
        NetServer.prototype.close.call(server, () => resolve()),
      );
      await sleep(IDLE_GRACE_MS);
      await new Promise((resolve) => setImmediate(resolve));
      server.closeIdleConnections();
      return closed;
    },
  };
}

async function readiness(
  checks: Record<string, () => Promise<void>>,
  stopping: boolean,
  timeoutMs: number,
) {
  const results: Record<string, string> = {};
  let ok = !stopping;
  if (stopping) results.server = 'shutting down';
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([check(), late]);
        results[name] = 'ok';
      } catch (error) {
        ok = false;
        results[name] = errorText(error);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ok, checks: results };
}

export type HttpServer = ReturnType<typeof createHttpServer>;
