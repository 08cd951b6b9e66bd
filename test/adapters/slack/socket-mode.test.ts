// Socket Mode: the same Bolt app over Slack's WebSocket instead of HTTP. The fake Web API hands
// out a ws:// URL on loopback (apps.connections.open) and plays Slack's side of the socket.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { createSlackSurface } from '../../../adapters/slack/index.ts';
import { socketHealth } from '../../../adapters/slack/socket-health.ts';
import { startFakeSlack } from '../../../adapters/slack/testing/fake-web-api.ts';
import { eventBody } from '../../../adapters/slack/testing/signed.ts';
import { createHttpServer } from '../../../src/server/http.ts';
import type { Surface } from '../../../src/server/surface.ts';
import { readyChecks } from '../../../src/server/surfaces.ts';
import { createTestServices } from '../../support/services.ts';

type Message = Record<string, unknown>;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The next message the app sends on the socket that satisfies `pred`. */
function nextMessage(ws: WebSocket, pred: (m: Message) => boolean): Promise<Message> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such message from the app')), 5_000);
    const onMessage = (data: unknown) => {
      const m = JSON.parse(String(data)) as Message;
      if (!pred(m)) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(m);
    };
    ws.on('message', onMessage);
  });
}

async function startSocketMode(o: { downGraceMs?: number } = {}) {
  const fake = await startFakeSlack();
  cleanup.push(() => fake.close());
  const t = await createTestServices({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_APP_TOKEN: 'xapp-test',
    SLACK_API_URL: fake.url,
  });
  cleanup.push(() => t.close());
  const config = t.services.config.slack;
  if (config?.mode !== 'socket') throw new Error('expected Socket Mode');
  const surface: Surface = await createSlackSurface(t.services, config, {
    retries: 0,
    ...(o.downGraceMs !== undefined ? { socketDownGraceMs: o.downGraceMs } : {}),
  });
  expect(surface.routes).toEqual([]); // no inbound HTTP for Slack in Socket Mode
  await surface.start?.();
  cleanup.push(async () => surface.stop?.());
  return { fake, t, surface, ws: await fake.socket() };
}

describe('Slack in Socket Mode', () => {
  it('answers /boundary inside the envelope acknowledgement, privately', async () => {
    const { fake, ws } = await startSocketMode();
    expect(fake.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
    const ack = nextMessage(ws, (m) => m.envelope_id === 'env-1');
    ws.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          command: '/boundary',
          text: 'a client offered me a gift card',
          user_id: 'U1',
          channel_id: 'C1',
          team_id: 'T1',
          api_app_id: 'A1',
          response_url: fake.responseUrl('socket'),
          trigger_id: '1.2.3',
        },
      }),
    );
    const reply = (await ack).payload as { response_type: string; blocks: unknown[] };
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toMatch(/gift/i);
    expect(JSON.stringify(reply.blocks)).not.toContain('a client offered me a gift card');
  });

  it('answers a command redelivered in a second envelope once; the copy gets an empty ack', async () => {
    const { fake, ws } = await startSocketMode();
    const payload = {
      command: '/boundary',
      text: 'a client offered me a gift card',
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: fake.responseUrl('socket'),
      trigger_id: 'trigger-redelivered',
    };
    const acks: Message[] = [];
    for (const id of ['env-c1', 'env-c2']) {
      const ack = nextMessage(ws, (m) => m.envelope_id === id);
      ws.send(
        JSON.stringify({
          envelope_id: id,
          type: 'slash_commands',
          accepts_response_payload: true,
          payload,
        }),
      );
      acks.push(await ack);
    }
    expect(acks[0]?.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(acks[1]?.payload ?? {}).toEqual({}); // acknowledged, with nothing to show
  });

  it('answers a mention in its thread, once, even when Slack sends the event twice', async () => {
    const { fake, ws } = await startSocketMode();
    const event = JSON.parse(
      eventBody('Ev-socket-1', {
        type: 'app_mention',
        user: 'U1',
        channel: 'C1',
        ts: '1700000001.000100',
        text: '<@UBOT> can I friend my client on facebook',
      }),
    );
    for (const id of ['env-a', 'env-b']) {
      const ack = nextMessage(ws, (m) => m.envelope_id === id);
      ws.send(
        JSON.stringify({
          envelope_id: id,
          type: 'events_api',
          accepts_response_payload: false,
          retry_attempt: id === 'env-a' ? 0 : 1,
          retry_reason: id === 'env-a' ? '' : 'timeout',
          payload: event,
        }),
      );
      await ack;
    }
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000100' });
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });
});

describe('Socket Mode readiness (/readyz)', () => {
  it('is ready while connected, and not once the connection is down and cannot come back', async () => {
    const { fake, t, surface, ws } = await startSocketMode({ downGraceMs: 0 });
    const http = createHttpServer({
      routes: [],
      logger: t.services.logger,
      ready: readyChecks([surface]),
    });
    const { port } = await http.listen(0, '127.0.0.1');
    cleanup.push(() => http.close());
    const readyz = async () => {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      return { status: r.status, body: (await r.json()) as { checks: Record<string, string> } };
    };
    expect(await readyz()).toEqual({
      status: 200,
      body: expect.objectContaining({ checks: { slack: 'ok' } }),
    });

    // Slack goes away and will not hand out a new socket.
    fake.fail('apps.connections.open', 'internal_error');
    ws.terminate();
    const until = Date.now() + 10_000;
    let now = await readyz();
    while (now.status === 200 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      now = await readyz();
    }
    expect(now.status).toBe(503);
    expect(now.body.checks.slack).toMatch(/^Socket Mode connection down for \d+ s$/);
  });
});

describe('Socket Mode health', () => {
  const start = () => {
    const client = new EventEmitter();
    let now = 1_000_000;
    const health = socketHealth(client, { staleMs: 120_000, downGraceMs: 30_000, now: () => now });
    cleanup.push(async () => health.stop());
    return { client, health, tick: (ms: number) => (now += ms) };
  };

  it("rides out Slack's routine restart, and reports a connection down past the grace", async () => {
    const { client, health, tick } = start();
    client.emit('connected');
    await expect(health.check()).resolves.toBeUndefined();
    client.emit('reconnecting');
    tick(2_000);
    await expect(health.check()).resolves.toBeUndefined(); // a restart: a second or two
    client.emit('connected');
    client.emit('disconnected');
    tick(31_000);
    await expect(health.check()).rejects.toThrow('Socket Mode connection down for 31 s');
    client.emit('connected');
    await expect(health.check()).resolves.toBeUndefined();
  });

  it('reports a connection that is up but silent for longer than SLACK_SOCKET_STALE_SECONDS', async () => {
    const { client, health, tick } = start();
    client.emit('connected');
    tick(100_000);
    client.emit('ws_message');
    tick(100_000);
    await expect(health.check()).resolves.toBeUndefined(); // a message 100 s ago
    tick(21_000);
    await expect(health.check()).rejects.toThrow(
      'Socket Mode connection stale: nothing from Slack for 121 s',
    );
  });

  it('is not ready when it never connected', async () => {
    const { health, tick } = start();
    tick(31_000);
    await expect(health.check()).rejects.toThrow(/down for 31 s/);
  });
});
