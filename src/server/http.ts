// The one HTTP server: each surface's routes, /healthz and /readyz. Closing it stops new
// connections and waits for requests in flight (graceful shutdown).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
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

export function createHttpServer(o: HttpServerOptions) {
  let stopping = false;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
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
    /** Stop accepting, let requests in flight finish, then resolve. */
    close(): Promise<void> {
      stopping = true;
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
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
        results[name] = (error as Error).message;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ok, checks: results };
}

export type HttpServer = ReturnType<typeof createHttpServer>;
