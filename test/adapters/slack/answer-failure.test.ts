// When answering fails (the guide throws, or its guidance cannot be drawn), a mention, a DM and
// /boundary still get the crisis essentials: 911, 988 and the supervisor. The app goes on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Guidance } from '../../../src/core/guidance.ts';
import { allText, type Payload, type SlackHarness, slackPerTest } from './harness.ts';

let h: SlackHarness;
slackPerTest((started) => {
  h = started;
});

beforeEach(() => {
  const { guide } = h.services.bot;
  const answer = guide.answer;
  vi.spyOn(guide, 'answer').mockImplementation((text, context) => {
    if (text.includes('matcher')) throw new TypeError('x.split is not a function');
    // Rendering fails: a topic without steps.
    if (text.includes('blocks'))
      return { ...answer('gift card'), topic: {} } as unknown as Guidance;
    return answer(text, context);
  });
});

const QUESTIONS = [
  'the matcher breaks on: I want to kill myself tonight',
  'the blocks break on: I want to kill myself tonight',
];

function expectFallback(msg: Payload) {
  const text = allText(msg);
  expect(text).toMatch(/911/);
  expect(text).toMatch(/988/);
  expect(text).toMatch(/supervisor/);
  expect(String(msg.text)).toMatch(/911/);
  expect(text).not.toContain('kill myself');
}

let n = 0;
const posts = () => h.fake.calls.filter((c) => c.method === 'chat.postMessage');
async function nthPost(i: number) {
  await h.fake.waitFor(() => posts().length >= i);
  return posts()[i - 1]?.args as Payload;
}
const event = (text: string, direct: boolean) => {
  const ts = `1700000300.${String(++n).padStart(6, '0')}`;
  return h.event(`Ev-f${n}`, {
    ...(direct
      ? { type: 'message', channel_type: 'im', channel: 'D1', text }
      : { type: 'app_mention', channel: 'C1', text: `<@UBOT> ${text}` }),
    user: 'U1',
    ts,
    event_ts: ts,
  });
};

describe('Slack when answering fails', () => {
  it('a mention gets the fallback in its thread, and the next question is answered', async () => {
    await event(QUESTIONS[0] as string, false);
    const first = await nthPost(1);
    expect(first.thread_ts).toBeDefined();
    expectFallback(first);
    await event(QUESTIONS[1] as string, false);
    expectFallback(await nthPost(2));
    await event('a client offered me a gift card', false);
    expect(allText(await nthPost(3))).toContain('Gifts, tips and favors');
    expect(h.logs.join('\n')).toContain('"event":"slack-reply-failed"');
    expect(h.logs.join('\n')).not.toMatch(/kill myself/);
  });

  it('a direct message gets the fallback in the DM', async () => {
    await event(QUESTIONS[0] as string, true);
    const reply = await nthPost(1);
    expect(reply.channel).toBe('D1');
    expectFallback(reply);
  });

  it('/boundary gets the fallback in its acknowledgement, and the next one is answered', async () => {
    for (const q of QUESTIONS) {
      const r = await h.command(q);
      expect(r.status).toBe(200);
      expect(r.json?.response_type).toBe('ephemeral');
      expectFallback(r.json as Payload);
    }
    const next = await h.command('a client offered me a gift card');
    expect(allText(next.json)).toContain('Gifts, tips and favors');
  });

  it('a failing subcommand other than a question gets the apology', async () => {
    vi.spyOn(h.services.quiz, 'stats').mockRejectedValue(new Error('store down'));
    const r = await h.command('quiz stats');
    expect(allText(r.json)).toMatch(/went wrong/);
  });
});
