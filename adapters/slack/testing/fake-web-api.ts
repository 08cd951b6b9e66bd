// A local fake of the Slack Web API (and of response_url) for tests and bench:slack: it
// answers the methods the app calls and records each call, with blocks parsed. Posted messages
// are kept per channel, so conversations.history returns them (metadata only when asked). Point
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
  /** Make a method answer { ok: false, error } from now on ("response_url": 404). */
  fail(method: string, error: string): void;
  /** Record calls to a method at once but answer them only when the returned function is
   * called: a test can kill the caller after Slack has the request, before its answer. */
  hold(method: string): () => void;
  /** Resolves with the first recorded call matching, waiting up to `ms`. */
  waitFor(pred: (c: ApiCall) => boolean, ms?: number): Promise<ApiCall>;
  /** Who is in a channel (conversations.members answers from it; unknown channels: not found). */
  setMembers(channel: string, users: string[]): void;
  /** Socket Mode: resolves with the socket the app opened. */
  socket(): Promise<WebSocket>;
  close(): Promise<void>;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata'];

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw);
  const form = parse(raw) as Record<string, unknown>;
  for (const f of JSON_FIELDS)
    if (typeof form[f] === 'string') form[f] = JSON.parse(form[f] as string);
  return form;
}

interface Posted {
  ts: string;
  text?: unknown;
  bot_id: string;
  metadata?: unknown;
}

/** `now`: the clock message timestamps come from (default: a fixed 2023 second, counting up). */
export async function startFakeSlack(o: { now?: () => Date } = {}): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const failures = new Map<string, string>();
  const held = new Map<string, Promise<void>>();
  const channels = new Map<string, Posted[]>();
  const members = new Map<string, string[]>();
  let ts = 0;
  const nextTs = () => {
    const seconds = o.now ? Math.floor(o.now().getTime() / 1000) : 1700000000;
    return `${seconds}.${String(++ts).padStart(6, '0')}`;
  };
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
      case 'chat.postMessage': {
        const message: Posted = { ts: nextTs(), text: args.text, bot_id: 'BBOT' };
        if (args.metadata) message.metadata = args.metadata;
        const list = channels.get(String(args.channel)) ?? [];
        list.push(message);
        channels.set(String(args.channel), list);
        return { ok: true, channel: args.channel, ts: message.ts };
      }
      case 'conversations.history':
        return { ok: true, ...history(args), has_more: false };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'conversations.members':
        return membersPage(args);
      case 'conversations.open':
        // The DM between the bot and one person: a stable id per person.
        return { ok: true, channel: { id: `D${String(args.users).replace(/^[UW]/, '')}` } };
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

  // Pages of `limit` (as Slack pages them), the cursor being the next index.
  const membersPage = (args: Record<string, unknown>) => {
    const all = members.get(String(args.channel));
    if (!all) return { ok: false, error: 'channel_not_found' };
    const from = Number(args.cursor || 0);
    const limit = Number(args.limit || 100);
    const next = from + limit < all.length ? String(from + limit) : '';
    return {
      ok: true,
      members: all.slice(from, from + limit),
      response_metadata: { next_cursor: next },
    };
  };

  // Newest first, between `oldest` and `latest` (seconds, as Slack takes them).
  const history = (args: Record<string, unknown>) => {
    const oldest = Number(args.oldest ?? 0);
    const latest = Number(args.latest ?? Number.POSITIVE_INFINITY);
    const all = String(args.include_all_metadata) === 'true';
    const messages = (channels.get(String(args.channel)) ?? [])
      .filter((m) => Number(m.ts) >= oldest && Number(m.ts) <= latest)
      .reverse()
      .map(({ metadata, ...m }) => (all && metadata ? { ...m, metadata } : m));
    return { messages };
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
    // A response_url Slack no longer honours (expired, used up) answers 404 with its reason.
    const refused = method === 'response_url' ? failures.get(method) : undefined;
    if (refused) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(refused);
      return;
    }
    // Slack acts on the request when it arrives; only the answer is held.
    const body = JSON.stringify(method === 'response_url' ? { ok: true } : answer(method, args));
    await held.get(method);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
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
    setMembers: (channel, users) => members.set(channel, [...users]),
    hold(method) {
      let release = () => {};
      held.set(method, new Promise<void>((r) => (release = r)));
      return () => {
        held.delete(method);
        release();
      };
    },
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
