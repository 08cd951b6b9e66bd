// A local fake of the Slack Web API (and of response_url) for tests and bench:slack: it
// answers the methods the app calls and records each call, with blocks parsed. Point
// SLACK_API_URL at `url`. Socket Mode: apps.connections.open hands out a ws:// URL on the
// same server, where a test plays Slack's side of the WebSocket.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parse } from 'node:querystring';
import WebSocket from 'ws';

export interface ApiCall {
  /** Web API method ("chat.postMessage"), or "response_url". */
  method: string;
  args: Record<string, unknown>;
}

export interface FakeSlack {
  /** The Web API base URL, ending in /api/. */
  url: string;
  /** A response_url for interactive payloads; calls to it are recorded as "response_url". */
  responseUrl(id: string): string;
  calls: ApiCall[];
  /** Make a method answer { ok: false, error } from now on. */
  fail(method: string, error: string): void;
  /** Resolves with the first recorded call matching, waiting up to `ms`. */
  waitFor(pred: (c: ApiCall) => boolean, ms?: number): Promise<ApiCall>;
  /** Socket Mode: resolves with the socket the app opened. */
  socket(): Promise<WebSocket>;
  close(): Promise<void>;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments'];

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw);
  const form = parse(raw) as Record<string, unknown>;
  for (const f of JSON_FIELDS)
    if (typeof form[f] === 'string') form[f] = JSON.parse(form[f] as string);
  return form;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const failures = new Map<string, string>();
  let ts = 0;
  let base = '';
  const wss = new WebSocket.Server({ noServer: true });
  const sockets: WebSocket[] = [];
  const waiting: ((ws: WebSocket) => void)[] = [];

  const answer = (method: string, args: Record<string, unknown>) => {
    const error = failures.get(method);
    if (error) return { ok: false, error };
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'boundary-bot' };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `1700000000.${String(++ts).padStart(6, '0')}`,
        };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++ts).padStart(6, '0')}` };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.publish':
      case 'views.open':
      case 'views.update':
        return { ok: true, view: { id: 'V1', ...(args.view as object) } };
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http', 'ws')}/socket` };
      default:
        return { ok: true };
    }
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const args = parseBody(req, Buffer.concat(chunks).toString('utf8'));
    const method = path.startsWith('/api/')
      ? path.slice(5)
      : path.startsWith('/response/')
        ? 'response_url'
        : '';
    if (!method) {
      res.writeHead(404).end();
      return;
    }
    if (method === 'response_url') args.response_id = path.slice('/response/'.length);
    calls.push({ method, args });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(method === 'response_url' ? { ok: true } : answer(method, args)));
  });
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket as Socket, head, (ws) => {
      sockets.push(ws);
      ws.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }),
      );
      for (const w of waiting.splice(0)) w(ws);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    fail: (method, error) => failures.set(method, error),
    async waitFor(pred, ms = 3_000) {
      const until = Date.now() + ms;
      for (;;) {
        const found = calls.find(pred);
        if (found) return found;
        if (Date.now() > until) throw new Error('the expected Slack API call did not come');
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    socket: () => (sockets[0] ? Promise.resolve(sockets[0]) : new Promise((r) => waiting.push(r))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
