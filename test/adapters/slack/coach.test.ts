// Personal exam practice on Slack, through the real Bolt receiver with signed requests and the
// local fake Web API: opting in with /boundary, the daily personal question delivered once to
// the person's DM (conversations.open, then chat.postMessage with its key), answering it (the
// explanation, why the chosen option is wrong, the source, redrawn in the DM), a whole practice
// test of 3 in the DM to its summary, progress (ephemeral, and the App Home for that person
// only), "forget me"; another person's click and an unsigned click refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { esc } from '../../../adapters/slack/mrkdwn.ts';
import { PERSONAL_EVENT } from '../../../adapters/slack/personal-poster.ts';
import { actionBody, FORM, signature } from '../../../adapters/slack/testing/signed.ts';
import { COACH } from '../../../src/core/copy.ts';
import type { QuizQuestion } from '../../../src/core/types.ts';
import { createPersonalDispatcher } from '../../../src/schedule/personal.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { allText, buttons, type Payload, type SlackHarness, startSlack, wait } from './harness.ts';

const PAT = 'U1PAT';
const PAT_DM = 'D1PAT'; // the fake's DM id for U1PAT
const SAM = 'U2SAM';

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlack();
});
afterEach(async () => {
  // Every message, view and ack the flow produced is within Block Kit's limits.
  expect(h.expectAllWithinLimits()).toBeGreaterThan(0);
  await h.close();
});

const calls = (method: string) => h.fake.calls.filter((c) => c.method === method);
/** Generous: two shared cores, several test files at once. */
const waitCall = (pred: (c: { method: string; args: Payload }) => boolean) =>
  h.fake.waitFor(pred, 10_000);
const inText = (msg: unknown, s: string) =>
  allText(msg).includes(JSON.stringify(esc(s)).slice(1, -1));

/** The bank's question a message shows (by its scenario). */
function questionOf(msg: unknown): QuizQuestion {
  const q = h.services.bot.kb.quiz.find((x) => inText(msg, x.scenario));
  if (!q) throw new Error('no question of the bank in this message');
  return q;
}
const wrongChoice = (q: QuizQuestion) => (q.correct === 0 ? 1 : 0);
const answerButton = (msg: unknown, choice: number) =>
  buttons(msg as Payload).find((b) => b.action_id === `coach:answer-${choice}`) as Payload;

/** A click on a button of a message the bot posted in someone's DM. */
function dmClick(button: Payload, ts: string, user = PAT, channel = PAT_DM) {
  return h.click(
    { action_id: String(button.action_id), value: String(button.value) },
    {
      container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
      channel: { id: channel, name: 'directmessage' },
      message: { ts, type: 'message', text: '' },
    },
    user,
  );
}

/** The DM message redrawn after a click (chat.update on that ts), the `n`th such update. */
async function redrawn(ts: string, n: number): Promise<Payload> {
  await waitCall(() => calls('chat.update').filter((c) => c.args.ts === ts).length >= n);
  return calls('chat.update').filter((c) => c.args.ts === ts)[n - 1]?.args as Payload;
}

function dispatcher() {
  const poster = h.surface.personalPoster;
  if (!poster) throw new Error('the Slack surface has no personal poster');
  return createPersonalDispatcher({
    store: h.services.store,
    coach: h.services.coach,
    posters: { slack: poster },
    instance: 'test',
  });
}

describe('the daily personal question', () => {
  it('opt in, delivered once to the DM, answered with explanation, why-wrong and source', async () => {
    const r = await h.command('quiz me daily 07:30 America/Los_Angeles weekdays', { user: PAT });
    expect(r.json?.response_type).toBe('ephemeral');
    expect(allText(r.json)).toContain('07:30 America/Los_Angeles on weekdays');

    // Tuesday 07:29 and 07:30 in Los Angeles (PST): due at 07:30, once.
    const before = new Date('2026-11-24T15:29:00Z');
    h.setNow(before);
    expect(await dispatcher().tick(before)).toBe(0);
    const at = new Date('2026-11-24T15:30:00Z');
    h.setNow(at);
    expect(await dispatcher().tick(at)).toBe(1);
    expect(await dispatcher().tick(new Date('2026-11-24T15:31:00Z'))).toBe(0);
    expect(calls('conversations.open').at(-1)?.args.users).toBe(PAT);
    const posts = calls('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0]?.args as Payload;
    expect(post.channel).toBe(PAT_DM);
    expect(allText(post)).toContain(COACH.dailyHeading);
    const metadata = post.metadata as {
      event_type: string;
      event_payload: { delivery_key: string };
    };
    expect(metadata.event_type).toBe(PERSONAL_EVENT);

    // After a crash the dispatcher finds the post by its key in the DM's history.
    const poster = h.surface.personalPoster;
    const found = await poster?.find?.(
      {
        kind: 'daily',
        to: { platform: 'slack', userId: PAT, reference: null },
        card: {} as never,
        text: '',
      },
      metadata.event_payload.delivery_key,
      new Date(1700000000_000),
    );
    expect(found).toEqual({ ref: '1700000000.000001' });

    // A wrong answer: the DM message is redrawn with why, the best answer, the explanation
    // and the source; nothing goes anywhere else.
    const q = questionOf(post);
    const wrong = wrongChoice(q);
    const ts = '1700000000.000001';
    await dmClick(answerButton(post, wrong), ts);
    const fb = await redrawn(ts, 1);
    expect(fb.channel).toBe(PAT_DM);
    expect(allText(fb)).toContain(COACH.wrong);
    expect(inText(fb, q.why[wrong] ?? 'no why')).toBe(true);
    expect(inText(fb, q.options[q.correct] ?? '')).toBe(true);
    expect(inText(fb, q.explanation)).toBe(true);
    expect(allText(fb)).toContain(`${COACH.source}:`);
    // "Read the guidance" opens the topic.
    expect(buttons(fb).find((b) => String(b.action_id).startsWith('topic-show:'))?.value).toBe(
      q.topic,
    );
    // A second click: the first answer stands.
    await dmClick(answerButton(post, q.correct), ts);
    const again = await redrawn(ts, 2);
    expect(allText(again)).toContain(COACH.repeat);
    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(h.logs.join('')).not.toContain(q.scenario.slice(0, 30));
  }, 60_000);

  it('pause and stop answer privately', async () => {
    await h.command('quiz me daily 07:30 America/Los_Angeles', { user: PAT });
    const paused = await h.command('quiz me pause 7', { user: PAT });
    expect(paused.json?.response_type).toBe('ephemeral');
    expect(allText(paused.json)).toContain('paused until');
    const stopped = await h.command('quiz me stop', { user: PAT });
    expect(allText(stopped.json)).toContain('stopped');
  });
});

describe('a practice test', () => {
  it('3 questions in the DM, each answer redrawn with feedback and the next, then the summary', async () => {
    await h.event('Ev-practice', {
      type: 'message',
      channel_type: 'im',
      channel: PAT_DM,
      user: PAT,
      ts: '1700000001.000100',
      text: 'quiz practice 3',
    });
    const first = (await waitCall((c) => c.method === 'chat.postMessage')).args;
    expect(first.channel).toBe(PAT_DM);
    expect(allText(first)).toContain('Question 1 of 3');
    expect(buttons(first).some((b) => b.action_id === 'coach:end')).toBe(true);
    const ts = '1700000000.000001';

    let shown: Payload = first;
    const asked: QuizQuestion[] = [];
    for (let i = 0; i < 3; i++) {
      const q = questionOf(shown);
      asked.push(q);
      // Wrong on the first, right on the others.
      await dmClick(answerButton(shown, i === 0 ? wrongChoice(q) : q.correct), ts);
      shown = await redrawn(ts, i + 1);
      expect(allText(shown)).toContain(i === 0 ? COACH.wrong : COACH.right);
      expect(inText(shown, q.explanation)).toBe(true);
      if (i < 2) expect(allText(shown)).toContain(`Question ${i + 2} of 3`);
    }
    expect(new Set(asked.map((q) => q.id)).size).toBe(3);
    // The summary: the score, and the wrong item to review with its guidance.
    expect(allText(shown)).toContain(COACH.practiceDone);
    expect(allText(shown)).toContain('2 of 3 right');
    expect(allText(shown)).toContain(COACH.reviewThese);
    expect(allText(shown)).toContain(COACH.bestAnswer);
    expect(
      buttons(shown).some(
        (b) => b.action_id === 'topic-show:wrong-0' && b.value === asked[0]?.topic,
      ),
    ).toBe(true);
    expect(buttons(shown).some((b) => String(b.action_id).startsWith('coach:answer'))).toBe(false);
    expect(calls('chat.postMessage')).toHaveLength(1); // all in one message, redrawn
  }, 60_000);

  it('"End the test" gives the summary at once, the unanswered counted', async () => {
    await h.command('quiz practice 3', { user: PAT, channel: PAT_DM });
    const post = (await waitCall((c) => c.method === 'chat.postMessage')).args;
    const end = buttons(post).find((b) => b.action_id === 'coach:end') as Payload;
    await dmClick(end, '1700000000.000001');
    const summary = await redrawn('1700000000.000001', 1);
    expect(allText(summary)).toContain(COACH.practiceDone);
    expect(allText(summary)).toContain('3 not answered');
    expect(buttons(summary).some((b) => String(b.action_id).startsWith('coach:'))).toBe(false);
  });

  it('typed with /boundary in the DM it is posted there; in a channel the reply says where', async () => {
    const inChannel = await h.command('quiz practice 3', { user: PAT, channel: 'C1' });
    expect(inChannel.json?.response_type).toBe('ephemeral');
    expect(allText(inChannel.json)).toContain('open a direct message with me');
    expect(calls('chat.postMessage')).toHaveLength(0);

    const inDm = await h.command('quiz practice 3', { user: PAT, channel: PAT_DM });
    expect(inDm.status).toBe(200);
    const post = await waitCall((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe(PAT_DM);
    expect(allText(post.args)).toContain('Question 1 of 3');
  });

  it("refuses another person's click and an unsigned one", async () => {
    await h.command('quiz practice 3', { user: PAT, channel: PAT_DM });
    const post = (await waitCall((c) => c.method === 'chat.postMessage')).args;
    const q = questionOf(post);
    const ts = '1700000000.000001';
    // Sam replays Pat's button (its session id) from his own DM: refused privately.
    const other = await dmClick(answerButton(post, q.correct), ts, SAM, 'D2SAM');
    const [note] = await h.fake
      .waitFor(
        (c) => c.method === 'response_url' && c.args.response_id === other.responseId,
        10_000,
      )
      .then((c) => [c]);
    expect(allText(note?.args)).toContain(COACH.notYours);
    expect(note?.args.replace_original).toBe(false);
    expect(calls('chat.update')).toHaveLength(0);

    // An unsigned click never reaches the listener.
    const b = answerButton(post, q.correct);
    const body = actionBody({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: PAT, team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: '9.9.forged',
      response_url: h.fake.responseUrl('forged'),
      container: { type: 'message', message_ts: ts },
      channel: { id: PAT_DM },
      message: { ts },
      actions: [
        { type: 'button', block_id: 'b', action_ts: '1', action_id: b.action_id, value: b.value },
      ],
    });
    const now = Math.floor(Date.now() / 1000);
    const forged = await h.send(body, {
      'content-type': FORM,
      'x-slack-request-timestamp': String(now),
      'x-slack-signature': signature('not-the-secret', body, now),
    });
    expect(forged.status).toBe(401);
    await wait(100);
    expect(calls('chat.update')).toHaveLength(0);

    // Pat's own click still counts as the first answer.
    await dmClick(b, ts);
    const fb = await redrawn(ts, 1);
    expect(allText(fb)).toContain(COACH.right);
    expect(allText(fb)).not.toContain(COACH.repeat);
  }, 30_000);
});

describe('progress and forgetting', () => {
  async function practiceOne(user: string, dm: string) {
    await h.command('quiz practice 1', { user, channel: dm });
    const post = await waitCall((c) => c.method === 'chat.postMessage' && c.args.channel === dm);
    const q = questionOf(post.args);
    await dmClick(answerButton(post.args, q.correct), String('1700000000.000001'), user, dm);
    await waitCall((c) => c.method === 'chat.update' && c.args.channel === dm);
    return q;
  }

  it('progress privately and in the App Home, for the person only', async () => {
    const q = await practiceOne(PAT, PAT_DM);
    const r = await h.command('quiz progress', { user: PAT, channel: 'C1' });
    expect(r.json?.response_type).toBe('ephemeral');
    expect(allText(r.json)).toContain(COACH.progressHeading);
    expect(allText(r.json)).toContain(COACH.byArea);
    expect(allText(r.json)).toContain(`${q.area}: 1 of 1 right`);
    const review = buttons(r.json).filter((b) =>
      String(b.action_id).startsWith('topic-show:review-'),
    );
    expect(review).toHaveLength(3);

    // Opening a review topic shows its guidance.
    const click = await h.click({
      action_id: String(review[0]?.action_id),
      value: String(review[0]?.value),
    });
    const [topic] = await waitFor(() => h.responses(click.responseId));
    const title = h.services.bot.guide.topic(String(review[0]?.value))?.title ?? 'no such topic';
    expect(allText(topic?.args)).toContain(title);

    // The App Home: Pat's readiness for Pat, nothing of it for Sam.
    await h.event('Ev-home-pat', {
      type: 'app_home_opened',
      user: PAT,
      channel: 'D1PAT',
      tab: 'home',
    });
    await h.event('Ev-home-sam', {
      type: 'app_home_opened',
      user: SAM,
      channel: 'D2SAM',
      tab: 'home',
    });
    await waitCall(() => calls('views.publish').length >= 2);
    const home = (u: string) => calls('views.publish').find((c) => c.args.user_id === u)?.args;
    expect(allText(home(PAT))).toContain(`${q.area}: 1 of 1 right`);
    expect(allText(home(SAM))).toContain(COACH.progressHeading);
    expect(allText(home(SAM))).not.toContain('1 of 1 right');
  }, 30_000);

  it("an answer on the team's daily channel card counts toward the person's own practice", async () => {
    await h.command('quiz me daily 07:30 America/Los_Angeles', { user: PAT });
    await h.command('quiz subscribe 09:00 America/Los_Angeles', { user: PAT, channel: 'C1' });
    const at = new Date('2026-11-23T17:00:00Z'); // 09:00 in Los Angeles
    const poster = h.surface.poster;
    if (!poster) throw new Error('no quiz poster');
    const scheduler = createScheduler({
      store: h.services.store,
      questions: () => h.services.bot.kb.quiz,
      posters: { slack: poster },
      instance: 'test',
      random: h.services.random,
    });
    expect(await scheduler.tick(at)).toBe(1);
    const card = calls('chat.postMessage').find((c) => c.args.channel === 'C1')?.args as Payload;
    const q = questionOf(card);
    const b = buttons(card)[q.correct] as Payload;
    await h.click(
      { action_id: String(b.action_id), value: String(b.value) },
      {
        container: { type: 'message', is_ephemeral: false, message_ts: '1.1', channel_id: 'C1' },
        channel: { id: 'C1' },
        message: { ts: '1.1', type: 'message', text: 'Question of the day' },
      },
      PAT,
    );
    await waitCall((c) => c.method === 'chat.update' && c.args.channel === 'C1');
    const progress = await h.command('quiz progress', { user: PAT });
    expect(allText(progress.json)).toContain(`${q.area}: 1 of 1 right`);
    // The channel card itself says nothing about anyone.
    expect(allText(calls('chat.update').at(-1)?.args)).not.toContain(PAT);
  }, 30_000);

  it('forget me: asks first, then erases this person only', async () => {
    await practiceOne(PAT, PAT_DM);
    await practiceOne(SAM, 'D2SAM');
    const ask = await h.command('quiz forget me', { user: PAT });
    expect(allText(ask.json)).toContain(COACH.forgetYes);
    const yes = buttons(ask.json).find((b) => b.action_id === 'coach:forget-yes') as Payload;
    const click = await h.click(
      { action_id: String(yes.action_id), value: String(yes.value) },
      { container: { type: 'message', is_ephemeral: true } },
      PAT,
    );
    const [done] = await waitFor(() => h.responses(click.responseId));
    expect(allText(done?.args)).toContain(COACH.forgotten);
    expect(done?.args.replace_original).toBe(true);
    const pat = await h.command('quiz progress', { user: PAT });
    expect(allText(pat.json)).toContain(COACH.progressEmpty.slice(0, 20));
    const sam = await h.command('quiz progress', { user: SAM });
    expect(allText(sam.json)).toContain('1 of 1 right');
  }, 30_000);
});

async function waitFor<T>(get: () => T[], ms = 10_000): Promise<T[]> {
  const until = Date.now() + ms;
  for (;;) {
    const found = get();
    if (found.length) return found;
    if (Date.now() > until) throw new Error('nothing came');
    await wait(10);
  }
}
