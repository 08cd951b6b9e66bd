// Requests Slack did not sign, signed too long ago or without headers are refused before any
// listener runs; a repeated or retried event is answered once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commandBody,
  eventBody,
  FORM,
  JSON_TYPE,
  signature,
  signedHeaders,
} from '../../../adapters/slack/testing/signed.ts';
import { SECRET, type SlackHarness, startSlack, wait } from './harness.ts';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlack();
});
afterEach(async () => {
  await h.close();
});

const mention = (ts = '1700000001.000100') => ({
  type: 'app_mention',
  user: 'U1',
  channel: 'C1',
  ts,
  event_ts: ts,
  text: '<@UBOT> a client offered me a gift card',
});

describe('request verification', () => {
  const body = () =>
    commandBody({ text: 'a client offered me a gift card', responseUrl: h.fake.responseUrl('x') });

  it('refuses a forged signature with 401 and runs no listener', async () => {
    const b = body();
    const now = Math.floor(Date.now() / 1000);
    const r = await h.send(b, {
      'content-type': FORM,
      'x-slack-request-timestamp': String(now),
      'x-slack-signature': signature('not-the-secret', b, now),
    });
    expect(r.status).toBe(401);
    expect(r.json).toBeNull();
    const e = eventBody('Ev-forged', mention());
    const r2 = await h.send(e, {
      'content-type': JSON_TYPE,
      'x-slack-request-timestamp': String(now),
      'x-slack-signature': signature('not-the-secret', e, now),
    });
    expect(r2.status).toBe(401);
    await wait(150);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a body changed after signing', async () => {
    const headers = signedHeaders(SECRET, body(), FORM);
    const r = await h.send(body().replace('gift', 'ride'), headers);
    expect(r.status).toBe(401);
  });

  it('refuses a correctly signed request older than five minutes', async () => {
    const b = body();
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const r = await h.send(b, signedHeaders(SECRET, b, FORM, old));
    expect(r.status).toBe(401);
    const e = eventBody('Ev-stale', mention());
    expect((await h.send(e, signedHeaders(SECRET, e, JSON_TYPE, old))).status).toBe(401);
    await wait(150);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('refuses a request without the signature headers', async () => {
    expect((await h.send(body(), { 'content-type': FORM })).status).toBe(401);
    const b = body();
    const signed = signedHeaders(SECRET, b, FORM);
    const noTimestamp = {
      'content-type': FORM,
      'x-slack-signature': signed['x-slack-signature'] ?? '',
    };
    expect((await h.send(b, noTimestamp)).status).toBe(401);
    const noSignature = {
      'content-type': FORM,
      'x-slack-request-timestamp': signed['x-slack-request-timestamp'] ?? '',
    };
    expect((await h.send(b, noSignature)).status).toBe(401);
  });

  it('still answers a correctly signed request (the control)', async () => {
    const r = await h.command('a client offered me a gift card');
    expect(r.status).toBe(200);
    expect(r.json?.response_type).toBe('ephemeral');
  });

  it('answers Slack URL verification', async () => {
    const b = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const r = await h.send(b, signedHeaders(SECRET, b, JSON_TYPE));
    expect(r.json).toEqual({ challenge: 'abc123' });
  });
});

describe('repeated deliveries', () => {
  const replies = () => h.fake.calls.filter((c) => c.method === 'chat.postMessage');

  it('replies once to an event delivered again with x-slack-retry-num', async () => {
    expect((await h.event('Ev-1', mention())).status).toBe(200);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    const retry = await h.event('Ev-1', mention(), {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    await h.event('Ev-1', mention(), { 'x-slack-retry-num': '2' });
    await wait(200);
    expect(replies()).toHaveLength(1);
  });

  it('replies once when the same event_id arrives twice at the same moment', async () => {
    await Promise.all([h.event('Ev-2', mention()), h.event('Ev-2', mention())]);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await wait(200);
    expect(replies()).toHaveLength(1);
  });

  it('answers a different event with the same text', async () => {
    await h.event('Ev-3', mention('1700000001.000100'));
    await h.event('Ev-4', mention('1700000002.000100'));
    await wait(200);
    expect(replies()).toHaveLength(2);
  });

  it('does not answer a retry when the store cannot tell, but answers a first delivery', async () => {
    const store = h.services.store;
    const original = store.firstDelivery.bind(store);
    store.firstDelivery = async () => {
      throw new Error('database unavailable');
    };
    try {
      await h.event('Ev-5', mention(), { 'x-slack-retry-num': '1' });
      await wait(200);
      expect(replies()).toHaveLength(0);
      await h.event('Ev-6', mention());
      await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    } finally {
      store.firstDelivery = original;
    }
  });
});
