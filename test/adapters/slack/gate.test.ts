// The gate's own signature check, at its edges: the five-minute window, a signature of the
// wrong length or case, a signature from another secret. The listener behind it counts calls.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUTURE_SKEW_S, STALE_S, slackGate } from '../../../adapters/slack/gate.ts';
import { commandBody, FORM, signedHeaders } from '../../../adapters/slack/testing/signed.ts';

const SECRET = 'gate-test-secret';
const NOW_S = 1_800_000_000;
let server: Server;
let url: string;
let passed = 0;

beforeAll(async () => {
  const gate = slackGate(
    { signingSecret: SECRET, logger: pino({ level: 'silent' }), now: () => NOW_S * 1000 + 999 },
    (_req, res) => {
      passed++;
      res.end('ok');
    },
  );
  server = createServer((req, res) => void gate(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const body = commandBody({ text: 'a client offered me a gift card', responseUrl: 'http://x/r' });
async function send(headers: Record<string, string>): Promise<number> {
  const before = passed;
  const r = await fetch(url, { method: 'POST', headers, body });
  await r.arrayBuffer();
  // A refusal never reaches the listener; an accepted request always does.
  expect(passed - before).toBe(r.status === 200 ? 1 : 0);
  return r.status;
}

describe('the gate checks the signature itself', () => {
  it('accepts a request exactly five minutes old and refuses one a second older', async () => {
    expect(await send(signedHeaders(SECRET, body, FORM, NOW_S - STALE_S))).toBe(200);
    expect(await send(signedHeaders(SECRET, body, FORM, NOW_S - STALE_S - 1))).toBe(401);
  });

  it('accepts a minute ahead and refuses more', async () => {
    expect(await send(signedHeaders(SECRET, body, FORM, NOW_S + FUTURE_SKEW_S))).toBe(200);
    expect(await send(signedHeaders(SECRET, body, FORM, NOW_S + FUTURE_SKEW_S + 1))).toBe(401);
  });

  it('refuses another secret, a cut signature and the same signature in capitals', async () => {
    expect(await send(signedHeaders('another-secret', body, FORM, NOW_S))).toBe(401);
    const good = signedHeaders(SECRET, body, FORM, NOW_S);
    const signature = good['x-slack-signature'] as string;
    for (const changed of [signature.slice(0, -1), signature.toUpperCase(), `${signature}0`, ''])
      expect(await send({ ...good, 'x-slack-signature': changed })).toBe(401);
    expect(await send(good)).toBe(200);
  });
});
