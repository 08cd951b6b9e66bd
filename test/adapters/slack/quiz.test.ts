// The daily quiz in Slack: the scheduler's poster posts a card with four buttons and no
// spoilers; a click answers privately and the card's answer count goes up; the next day's
// card shows yesterday's distribution.
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { allText, buttons, type Payload, type SlackHarness, slackPerTest } from './harness.ts';

let h: SlackHarness;
slackPerTest((started) => {
  h = started;
});

function scheduler() {
  const poster = h.surface.poster;
  if (!poster) throw new Error('no poster');
  return createScheduler({
    store: h.services.store,
    questions: () => h.services.bot.kb.quiz,
    posters: { slack: poster },
    instance: 'test',
    random: h.services.random,
  });
}

async function postDaily(at: Date) {
  h.setNow(at);
  const before = h.fake.calls.length;
  expect(await scheduler().tick(at)).toBe(1);
  const post = h.fake.calls.slice(before).find((c) => c.method === 'chat.postMessage');
  if (!post) throw new Error('no post');
  return post.args;
}

const cardClick = (card: Payload, choice: number, user: string, ts = '1700000000.000001') => {
  const b = buttons(card)[choice];
  return h.click(
    { action_id: String(b?.action_id), value: String(b?.value) },
    {
      container: { type: 'message', is_ephemeral: false, message_ts: ts, channel_id: 'C1' },
      channel: { id: 'C1', name: 'peer-team' },
      message: { ts, type: 'message', text: 'Question of the day' },
    },
    user,
  );
};

describe('daily quiz', () => {
  it('posts the card at the channel time with four buttons and no spoilers', async () => {
    await h.command('quiz subscribe 09:00 America/Los_Angeles', { channel: 'C1' });
    h.setNow(new Date('2026-11-23T16:59:00Z')); // 08:59 in Los Angeles
    expect(await scheduler().tick(new Date('2026-11-23T16:59:00Z'))).toBe(0);
    const card = await postDaily(new Date('2026-11-23T17:00:00Z'));
    expect(card.channel).toBe('C1');
    expect(allText(card)).toContain('Question of the day');
    expect(buttons(card).map((b) => (b.text as Payload).text)).toEqual(['A', 'B', 'C', 'D']);
    for (const b of buttons(card))
      expect(String(b.value)).toMatch(/^daily:slack:C1:2026-11-23\|\d$/);
    expect(allText(card)).not.toMatch(/✅|correct|explanation:/i);
    const post = await h.services.store.post('slack:C1', '2026-11-23');
    expect(post?.status).toBe('posted');
  });

  it('marks the card with its key, finds it by that key, and names a missing scope', async () => {
    await h.command('quiz subscribe 09:00 America/Los_Angeles', { channel: 'C1' });
    const card = await postDaily(new Date('2026-11-23T17:00:00Z'));
    const metadata = card.metadata as { event_type: string; event_payload: { post_key: string } };
    expect(metadata.event_type).toBe('boundary_quiz');
    const key = metadata.event_payload.post_key;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    const poster = h.surface.poster;
    const [sub] = await h.services.store.subscriptions();
    if (!poster?.find || !sub) throw new Error('no poster or subscription');
    const sent = new Date(1700000000_000); // the fake Slack's clock
    expect(await poster.find(sub, key, sent)).toEqual({ ref: '1700000000.000001' });
    expect(await poster.find(sub, 'another-key', sent)).toBe('absent');
    const history = await h.fake.waitFor((c) => c.method === 'conversations.history');
    expect(history.args).toMatchObject({ channel: 'C1', include_all_metadata: 'true' });

    h.fake.fail('conversations.history', 'missing_scope');
    expect(await poster.find(sub, key, sent)).toEqual({
      unknown: expect.stringContaining('channels:history'),
    });
  });

  it('grades a click privately, updates the count, and keeps the first answer', async () => {
    await h.command('quiz subscribe 09:00 America/Los_Angeles', { channel: 'C1' });
    const card = await postDaily(new Date('2026-11-23T17:00:00Z'));
    const quiz = await h.services.store.quiz('daily:slack:C1:2026-11-23');
    const question = h.services.quiz.question(quiz?.questionId ?? '');
    if (!question) throw new Error('no question');
    const wrong = (question.correct + 1) % 4;

    const first = await cardClick(card, question.correct, 'U1');
    const graded = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === first.responseId,
    );
    expect(graded.args.response_type).toBe('ephemeral');
    expect(graded.args.replace_original).toBe(false); // the public card stays
    expect(allText(graded.args)).toContain('Correct');
    expect(allText(graded.args)).toContain('Source:');
    expect(allText(graded.args)).toContain('Streak: 1 day');
    expect(allText(graded.args)).not.toContain('Why not'); // the explanation says why it is right
    const update = await h.fake.waitFor((c) => c.method === 'chat.update');
    expect(update.args.channel).toBe('C1');
    expect(update.args.ts).toBe('1700000000.000001');
    expect(allText(update.args)).toContain('1 answer so far');
    expect(allText(update.args)).not.toMatch(/✅|Correct/);

    const second = await cardClick(card, wrong, 'U1');
    const again = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === second.responseId,
    );
    expect(allText(again.args)).toContain('already answered');
    expect(allText(again.args)).toContain('Correct'); // the first answer counts
    expect(h.fake.calls.filter((c) => c.method === 'chat.update')).toHaveLength(1);

    const third = await cardClick(card, wrong, 'U2');
    const wrongly = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === third.responseId,
    );
    // A wrong answer gets the reason that option is wrong, before the explanation.
    const text = allText(wrongly.args);
    const inJson = (s: string) => JSON.stringify(s).slice(1, -1);
    const why = inJson(`Why not ${'ABCD'[wrong]}: ${question.why[wrong]}`);
    expect(text).toContain(why);
    expect(text.indexOf(why)).toBeLessThan(text.indexOf(inJson(question.explanation)));
    const updates = () => h.fake.calls.filter((c) => c.method === 'chat.update');
    await h.fake.waitFor(
      (c) => c.method === 'chat.update' && allText(c.args).includes('2 answers'),
    );
    expect(updates()).toHaveLength(2);
    expect(await h.services.quiz.results(quiz?.id ?? '')).toMatchObject({ total: 2 });
  });

  it("shows yesterday's distribution under the next day's card", async () => {
    await h.command('quiz subscribe 09:00 America/Los_Angeles', { channel: 'C1' });
    const monday = await postDaily(new Date('2026-11-23T17:00:00Z'));
    const quiz = await h.services.store.quiz('daily:slack:C1:2026-11-23');
    const question = h.services.quiz.question(quiz?.questionId ?? '');
    await cardClick(monday, question?.correct ?? 0, 'U1');
    await h.fake.waitFor((c) => c.method === 'chat.update');
    const tuesday = await postDaily(new Date('2026-11-24T17:00:00Z'));
    const text = allText(tuesday);
    expect(text).toContain('Yesterday:');
    expect(text).toContain('1 answer');
    expect(text).toContain('(100%) ✅');
  });

  it('answers a personal practice card by replacing it', async () => {
    const reply = (await h.command('quiz', { user: 'U5' })).json as Payload;
    const b = buttons(reply)[0];
    const click = await h.click(
      { action_id: String(b?.action_id), value: String(b?.value) },
      undefined,
      'U5',
    );
    const graded = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === click.responseId,
    );
    expect(graded.args.replace_original).toBe(true);
    expect(allText(graded.args)).toMatch(/Correct|Not quite/);
    expect(h.fake.calls.filter((c) => c.method === 'chat.update')).toEqual([]);
    const stats = (await h.command('quiz stats', { user: 'U5' })).json;
    expect(allText(stats)).toMatch(/of 1 correct/);
  });

  it('says so when a quiz button is stale', async () => {
    const click = await h.click({
      action_id: 'quiz-answer:0',
      value: 'daily:slack:C1:1999-01-01|0',
    });
    const r = await h.fake.waitFor(
      (c) => c.method === 'response_url' && c.args.response_id === click.responseId,
    );
    expect(allText(r.args)).toContain('no longer available');
  });
});
