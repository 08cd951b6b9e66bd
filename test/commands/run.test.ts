// The shared command layer over the real knowledge and a real (SQLite) store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import {
  answerQuiz,
  type CommandContext,
  recordFeedback,
  runCommand,
  showTopic,
} from '../../src/commands/run.ts';
import { EVER } from '../support/ever.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices();
});
afterEach(async () => t.close());

const ctx = (userId = 'U1', channel = 'C1'): CommandContext => ({
  platform: 'slack',
  userId,
  channel,
  now: t.services.now(),
});
const run = (text: string, c = ctx()) => runCommand(t.services, parseCommand(text), c);

describe('runCommand', () => {
  it('answers a question with guidance and counts it by topic, never keeping the text', async () => {
    const r = await run('a client wants to give me a $50 gift card');
    expect(r.kind).toBe('guidance');
    if (r.kind !== 'guidance') return;
    expect(r.guidance.topic?.id).toBe('gifts');
    expect(r.guidance.topic?.principle.length).toBeGreaterThan(20);
    const rows = await t.services.store.db.selectFrom('asks').selectAll().execute();
    expect(rows).toMatchObject([{ topic: 'gifts', outcome: 'topic', platform: 'slack' }]);
    expect(t.logs.join('')).not.toContain('gift card');
  });

  it('lists topics, shows one, and helps', async () => {
    const r = await run('topics');
    expect(r.kind === 'topics' && r.topics.length).toBe(t.services.bot.kb.topics.length);
    expect(showTopic(t.services, 'gifts')?.title).toMatch(/gift/i);
    expect(showTopic(t.services, 'no-such-topic')).toBeNull();
    const h = await run('help');
    expect(h.kind === 'help' && h.guidance.help?.topicCount).toBe(t.services.bot.kb.topics.length);
  });

  it('subscribes, unsubscribes, and passes usage through', async () => {
    expect(await run('quiz subscribe 09:00 America/Los_Angeles weekdays')).toEqual({
      kind: 'subscribed',
      time: '09:00',
      zone: 'America/Los_Angeles',
      weekdaysOnly: true,
    });
    expect(await t.services.store.subscriptions()).toMatchObject([
      { platform: 'slack', channel: 'C1', weekdaysOnly: true },
    ]);
    expect(await run('quiz unsubscribe')).toEqual({ kind: 'unsubscribed', existed: true });
    expect(await run('quiz unsubscribe')).toEqual({ kind: 'unsubscribed', existed: false });
    expect((await run('quiz bogus')).kind).toBe('usage');
  });

  it('deals a personal quiz; the first answer counts; stats and the opt-in leaderboard follow', async () => {
    const r = await run('quiz');
    if (r.kind !== 'quiz') throw new Error(`expected a quiz, got ${r.kind}`);
    const right = r.question.correct;
    const wrong = (right + 1) % r.question.options.length;
    const first = await answerQuiz(t.services, r.quiz.id, 'U1', right, t.services.now());
    expect(first?.graded).toMatchObject({ first: true, correct: true, streak: 1 });
    expect(first?.results.total).toBe(1);
    const second = await answerQuiz(t.services, r.quiz.id, 'U1', wrong, t.services.now());
    expect(second?.graded).toMatchObject({ first: false, choice: right, correct: true });
    expect(second?.results.total).toBe(1);
    expect(await answerQuiz(t.services, 'no-such-quiz', 'U1', 0, t.services.now())).toBeNull();
    for (const odd of [Number.NaN, 1.5, -1, 99])
      expect(
        await answerQuiz(t.services, r.quiz.id, 'U2', odd, t.services.now()),
        `${odd}`,
      ).toBeNull();
    expect((await t.services.quiz.results(r.quiz.id)).total).toBe(1);

    const stats = await run('quiz stats');
    expect(stats.kind === 'stats' && stats.stats).toMatchObject({ answered: 1, correct: 1 });
    const board = await run('quiz leaderboard on');
    expect(board).toMatchObject({ kind: 'leaderboard', optedIn: true });
    expect(board.kind === 'leaderboard' && board.rows.map((x) => x.userId)).toEqual(['U1']);
    const off = await run('quiz leaderboard off');
    expect(off.kind === 'leaderboard' && off.rows).toEqual([]);
  });

  it('records feedback for real topics only', async () => {
    expect(await recordFeedback(t.services, 'gifts', true, 'slack', t.services.now())).toBe(true);
    expect(await recordFeedback(t.services, 'made-up', false, 'slack', t.services.now())).toBe(
      false,
    );
    expect(await t.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 1, notHelpful: 0 },
    ]);
  });
});
