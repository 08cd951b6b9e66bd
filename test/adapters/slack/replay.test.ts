// A signed request captured and sent again within Slack's five minutes (a replay, or Slack
// delivering twice) is acted on once: a command, a crisis post, a click. The copy gets an
// empty 200, what Slack expects for a delivery already handled. A request stamped further
// in the future than a minute is refused, so a signature cannot outlive the replay guard.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FUTURE_SKEW_S } from '../../../adapters/slack/gate.ts';
import {
  actionBody,
  commandBody,
  eventBody,
  FORM,
  JSON_TYPE,
  signedHeaders,
  triggerId,
} from '../../../adapters/slack/testing/signed.ts';
import { EVER } from '../../support/ever.ts';
import { SECRET, type SlackHarness, startSlack, wait } from './harness.ts';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlack();
});
afterEach(async () => {
  await h.close();
});

const CRISIS = 'my client said she is going to kill herself tonight';
const posts = () => h.fake.calls.filter((c) => c.method === 'chat.postMessage');

/** The same signed request, sent `times` times one after the other. */
async function replay(body: string, contentType: string, times = 3) {
  const headers = signedHeaders(SECRET, body, contentType);
  const results = [];
  for (let i = 0; i < times; i++) results.push(await h.send(body, headers));
  return results;
}

describe('replayed requests', () => {
  it('answers a replayed /boundary once; each copy gets an empty 200', async () => {
    const body = commandBody({ text: 'a client offered me a gift card', responseUrl: 'x' });
    const [first, ...copies] = await replay(body, FORM);
    expect(first?.status).toBe(200);
    expect(first?.json?.response_type).toBe('ephemeral');
    for (const c of copies) expect(c).toEqual({ status: 200, json: null });
    expect(h.logs.filter((l) => l.includes('"slack-command"'))).toHaveLength(1);
  });

  it('posts the crisis protocol once for a replayed crisis /boundary', async () => {
    const body = commandBody({ text: CRISIS, channel: 'C9', responseUrl: 'x' });
    await replay(body, FORM);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await wait(200);
    expect(posts()).toHaveLength(1);
  });

  it('posts once for a replayed crisis mention', async () => {
    const body = eventBody('Ev-crisis', {
      type: 'app_mention',
      user: 'U1',
      channel: 'C1',
      ts: '1700000001.000100',
      text: `<@UBOT> ${CRISIS}`,
    });
    await replay(body, JSON_TYPE);
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await wait(200);
    expect(posts()).toHaveLength(1);
  });

  it('counts a replayed Helpful click once and thanks once', async () => {
    const body = actionBody({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: triggerId(),
      response_url: h.fake.responseUrl('helpful'),
      container: { type: 'message', is_ephemeral: true },
      actions: [
        {
          type: 'button',
          block_id: 'b',
          action_ts: '1',
          action_id: 'feedback:yes',
          value: 'yes|gifts',
        },
      ],
    });
    const results = await replay(body, FORM);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    await h.fake.waitFor((c) => c.method === 'response_url');
    await wait(200);
    expect(await h.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 1, notHelpful: 0 },
    ]);
    expect(h.responses('helpful')).toHaveLength(1);
  });

  it('still answers two commands with the same text (each has its own trigger_id)', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await h.command('a client offered me a gift card');
      expect(r.json?.response_type).toBe('ephemeral');
    }
  });

  it('answers a first command when the store cannot tell whether it was seen', async () => {
    const store = h.services.store;
    const original = store.firstDelivery.bind(store);
    store.firstDelivery = async () => {
      throw new Error('database unavailable');
    };
    try {
      const r = await h.command('a client offered me a gift card');
      expect(r.json?.response_type).toBe('ephemeral');
    } finally {
      store.firstDelivery = original;
    }
  });
});

describe('timestamps in the future', () => {
  const body = () => commandBody({ text: 'a client offered me a gift card', responseUrl: 'x' });
  const now = () => Math.floor(Date.now() / 1000);

  it(`refuses a correctly signed request stamped more than ${FUTURE_SKEW_S} s ahead with 401`, async () => {
    for (const ahead of [FUTURE_SKEW_S + 5, 60 * 60, 24 * 60 * 60]) {
      const b = body();
      const r = await h.send(b, signedHeaders(SECRET, b, FORM, now() + ahead));
      expect(r).toEqual({ status: 401, json: null });
    }
    const e = eventBody('Ev-future', {
      type: 'app_mention',
      user: 'U1',
      channel: 'C1',
      ts: '1.2',
      text: 'hi',
    });
    expect((await h.send(e, signedHeaders(SECRET, e, JSON_TYPE, now() + 600))).status).toBe(401);
    await wait(150);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(h.logs.filter((l) => l.includes('"slack-future-timestamp"'))).toHaveLength(4);
  });

  it('accepts a clock a few seconds ahead', async () => {
    const b = body();
    const r = await h.send(b, signedHeaders(SECRET, b, FORM, now() + 20));
    expect(r.json?.response_type).toBe('ephemeral');
  });
});
