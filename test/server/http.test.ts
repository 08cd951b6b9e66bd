// The shared HTTP server: liveness, readiness (knowledge and database), routes, a clear
// message for a port in use, and a close that drains, then lets requests in flight finish.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/server/http.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close().catch(() => {});
  await t?.close().catch(() => {});
  t = undefined;
});

async function serve(o: Partial<Parameters<typeof createHttpServer>[0]> = {}) {
  t ??= await createTestServices();
  const { services } = t;
  const http = createHttpServer({
    routes: [],
    logger: services.logger,
    ready: {
      knowledge: async () => {
        if (!services.bot.kb.topics.length) throw new Error('no topics loaded');
      },
      database: () => services.store.ping(),
    },
    ...o,
  });
  const { port } = await http.listen(0, '127.0.0.1');
  closers.push(() => http.close());
  return { http, url: `http://127.0.0.1:${port}` };
}

describe('health and readiness', () => {
  it('is alive and ready when the knowledge is loaded and the database answers', async () => {
    const { url } = await serve();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { knowledge: 'ok', database: 'ok' },
    });
  });

  it('is alive but not ready when the database is gone', async () => {
    const { url } = await serve();
    await t!.services.store.close();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body.status).toBe('not ready');
    expect(body.checks.knowledge).toBe('ok');
    expect(body.checks.database).not.toBe('ok');
  });

  it('is not ready without knowledge', async () => {
    const { url } = await serve({
      ready: {
        knowledge: async () => {
          throw new Error('no topics loaded');
        },
      },
    });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks).toEqual({ knowledge: 'no topics loaded' });
  });

  it('is not ready when a check does not answer in time, and says so', async () => {
    const { url } = await serve({
      ready: { database: () => new Promise<void>(() => {}) },
      readyTimeoutMs: 50,
    });
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks).toEqual({ database: 'no answer in 50 ms' });
  });
});

describe('routes', () => {
  it('sends a request to its route, exact or by prefix, and 404 otherwise', async () => {
    const seen: string[] = [];
    const { url } = await serve({
      routes: [
        { method: 'POST', path: '/slack/events', handler: (_q, r) => void r.end('slack') },
        {
          method: 'ANY',
          path: '/console/*',
          handler: (q, r) => {
            seen.push(q.url ?? '');
            r.end('console');
          },
        },
      ],
    });
    expect(await (await fetch(`${url}/slack/events`, { method: 'POST' })).text()).toBe('slack');
    expect((await fetch(`${url}/slack/events`)).status).toBe(404);
    expect(await (await fetch(`${url}/console/api/report?from=x`)).text()).toBe('console');
    expect(await (await fetch(`${url}/console`)).text()).toBe('console');
    expect((await fetch(`${url}/consoleX`)).status).toBe(404);
    expect(seen).toEqual(['/console/api/report?from=x', '/console']);
  });

  it('answers 500 when a route fails, without the error text', async () => {
    const { url } = await serve({
      routes: [
        {
          method: 'GET',
          path: '/boom',
          handler: () => {
            throw new Error('secret detail');
          },
        },
      ],
    });
    const r = await fetch(`${url}/boom`);
    expect(r.status).toBe(500);
    expect(await r.text()).not.toContain('secret detail');
  });
});

describe('listening and closing', () => {
  it('names the port when it is already in use', async () => {
    const { url } = await serve();
    const port = Number(new URL(url).port);
    const second = createHttpServer({ routes: [], logger: t!.services.logger });
    await expect(second.listen(port, '127.0.0.1')).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use. Stop the other program or set PORT to a free port.`,
    );
  });

  it('lets a request in flight finish on close, and refuses new connections', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const { http, url } = await serve({
      routes: [
        {
          method: 'GET',
          path: '/slow',
          handler: async (_q, r) => {
            entered();
            await held;
            r.end('finished');
          },
        },
      ],
    });
    // A keep-alive request, so the connection would stay open if close did not end it.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${url}/slow`, { headers: { connection: 'keep-alive' } }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    await inside;
    let closed = false;
    const closing = http.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    expect(await response).toEqual({ status: 200, body: 'finished' });
    await closing;
    expect(closed).toBe(true);
  });
});

describe('draining before close', () => {
  it('is not ready but still answers during the drain, each answer closing its connection', async () => {
    const { http, url } = await serve();
    let closed = false;
    const closing = http.close(1_000).then(() => {
      closed = true;
    });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('connection')).toBe('close');
    expect((await ready.json()).checks.server).toBe('shutting down');
    const alive = await fetch(`${url}/healthz`);
    expect(alive.status).toBe(200);
    expect(alive.headers.get('connection')).toBe('close');
    expect(closed).toBe(false);
    await closing;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('ends the drain early when asked (a second Ctrl+C)', async () => {
    const { http } = await serve();
    const skip = new AbortController();
    const started = Date.now();
    const closing = http.close(60_000, skip.signal);
    skip.abort();
    await closing;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
