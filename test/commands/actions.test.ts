// The shared click layer over the real knowledge and a real (SQLite) store: every kind of
// button, and the one "gone" answer for anything stale or unknown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ActionContext, runAction } from '../../src/commands/actions.ts';
import { EVER } from '../support/ever.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices();
});
afterEach(async () => t.close());

const ctx = (userId = 'U1', o: Partial<ActionContext> = {}): ActionContext => ({
  platform: 'slack',
  userId,
  channel: 'C1',
  now: t.services.now(),
  ...o,
});
const GONE = (what: string) => ({ kind: 'gone', what });

async function personalQuiz(userId = 'U1') {
  return t.services.quiz.deal('slack', userId, t.services.now());
}

describe('runAction: guidance buttons', () => {
  it('shows a topic (list, related, a "Which fits best?" choice) and shares one', async () => {
    const shown = await runAction(t.services, { kind: 'topic', topicId: 'gifts' }, ctx());
    expect(shown).toMatchObject({ kind: 'topic', full: false, topic: { id: 'gifts' } });
    const shared = await runAction(t.services, { kind: 'share', topicId: 'gifts' }, ctx());
    expect(shared).toMatchObject({ kind: 'share', topic: { id: 'gifts' } });
  });

  it('"More" shows the whole topic led by the nuance that fit; an index it lacks leads with none', async () => {
    const nuance = t.services.bot.guide.topic('gifts')?.nuance.length ?? 0;
    expect(nuance).toBeGreaterThan(0);
    const r = await runAction(t.services, { kind: 'more', topicId: 'gifts', fit: 0 }, ctx());
    expect(r).toMatchObject({ kind: 'topic', full: true, topic: { id: 'gifts', fit: 0 } });
    const odd = await runAction(t.services, { kind: 'more', topicId: 'gifts', fit: nuance }, ctx());
    expect(odd).toMatchObject({ kind: 'topic', full: true, topic: { fit: null } });
  });

  it('lists every topic', async () => {
    const r = await runAction(t.services, { kind: 'topics' }, ctx());
    expect(r.kind === 'topics' && r.topics.length).toBe(t.services.bot.kb.topics.length);
  });

  it('counts feedback per topic, and a redelivered click once', async () => {
    const click = { kind: 'feedback', topicId: 'gifts', helpful: true } as const;
    expect(await runAction(t.services, click, ctx())).toEqual({
      kind: 'feedback-recorded',
      topicId: 'gifts',
      helpful: true,
      counted: true,
    });
    let seen = false;
    const firstDelivery = async () => {
      const first = !seen;
      seen = true;
      return first;
    };
    await runAction(t.services, { ...click, helpful: false }, ctx('U1', { firstDelivery }));
    const again = await runAction(
      t.services,
      { ...click, helpful: false },
      ctx('U1', { firstDelivery }),
    );
    expect(again).toMatchObject({ kind: 'feedback-recorded', counted: false });
    expect(await t.services.store.feedbackBetween(...EVER)).toEqual([
      { topic: 'gifts', helpful: 1, notHelpful: 1 },
    ]);
  });
});

describe('runAction: a question asked in one gesture', () => {
  const DRAFT = 'a client offered me a gift card, can I keep it?';

  it('answers as the ask command does, with the supervisor route when supervisors are set', async () => {
    const none = await runAction(t.services, { kind: 'ask', text: DRAFT, from: 'typed' }, ctx());
    expect(none).toMatchObject({
      kind: 'guidance',
      guidance: { topic: { id: 'gifts' } },
      route: null,
    });
    const s = await createTestServices({ SUPERVISOR_SLACK_CHANNEL: 'GSUP0001' });
    try {
      const r = await runAction(s.services, { kind: 'ask', text: DRAFT, from: 'typed' }, ctx());
      expect(r).toMatchObject({ kind: 'guidance', route: { label: 'Ask a supervisor' } });
      if (r.kind !== 'guidance') throw new Error('guidance expected');
      expect(r.route?.draft).toContain('gift card');
      // A picked message is someone else's words: the route starts empty.
      const m = await runAction(s.services, { kind: 'ask', text: DRAFT, from: 'message' }, ctx());
      if (m.kind !== 'guidance') throw new Error('guidance expected');
      expect(m.route?.draft).toBe('');
    } finally {
      await s.close();
    }
  });

  it("never logs or keeps a picked message, whatever the agency's settings", async () => {
    const s = await createTestServices({ LOG_QUESTIONS: 'redacted', COLLECT_MISSES: 'on' });
    try {
      const miss = 'the copier on floor three jams on thick paper';
      await runAction(s.services, { kind: 'ask', text: miss, from: 'message' }, ctx());
      await runAction(s.services, { kind: 'ask', text: DRAFT, from: 'message' }, ctx());
      await new Promise((r) => setTimeout(r, 50));
      expect(s.logs.join('')).not.toMatch(/copier|gift card/);
      expect(s.logs.join('')).toContain('"event":"answer"'); // still counted and logged
      expect(await s.services.store.missesBetween(...EVER)).toEqual([]);
      // Typed by the person, the same words are theirs: kept as the agency chose.
      await runAction(s.services, { kind: 'ask', text: miss, from: 'typed' }, ctx());
      await new Promise((r) => setTimeout(r, 50));
      expect(s.logs.join('')).toContain('copier');
    } finally {
      await s.close();
    }
  });
});

describe('runAction: quiz and leaderboard buttons', () => {
  it('grades an answer (the first counts) with the card as the person now sees it', async () => {
    const { quiz, question } = await personalQuiz();
    const wrong = (question.correct + 1) % question.options.length;
    const r = await runAction(
      t.services,
      { kind: 'quiz-answer', quizId: quiz.id, choice: wrong },
      ctx(),
    );
    if (r.kind !== 'graded') throw new Error(`expected graded, got ${r.kind}`);
    expect(r.graded).toMatchObject({ first: true, choice: wrong, correct: false });
    expect(r.card).toMatchObject({
      quiz: { id: quiz.id },
      question: { id: question.id },
      total: 1,
      previous: null,
      mine: { choice: wrong, correct: false },
    });
    expect(r.card.source.title).toBeTruthy();
    const again = await runAction(
      t.services,
      { kind: 'quiz-answer', quizId: quiz.id, choice: question.correct },
      ctx(),
    );
    expect(again).toMatchObject({ kind: 'graded', graded: { first: false, choice: wrong } });
  });

  it('draws a quiz card per person: their answer when they gave one, the question otherwise', async () => {
    const { quiz, question } = await personalQuiz();
    await runAction(
      t.services,
      { kind: 'quiz-answer', quizId: quiz.id, choice: question.correct },
      ctx(),
    );
    const mine = await runAction(t.services, { kind: 'quiz-view', quizId: quiz.id }, ctx());
    expect(mine).toMatchObject({
      kind: 'quiz-card',
      card: { total: 1, mine: { choice: question.correct, correct: true } },
    });
    const theirs = await runAction(t.services, { kind: 'quiz-view', quizId: quiz.id }, ctx('U2'));
    expect(theirs).toMatchObject({ kind: 'quiz-card', card: { total: 1, mine: null } });
  });

  it("pages the channel's leaderboard", async () => {
    for (const u of ['U1', 'U2']) await t.services.store.setLeaderboard('slack:C1', u, true);
    const r = await runAction(t.services, { kind: 'leaderboard-page', page: 2 }, ctx());
    expect(r).toMatchObject({ kind: 'leaderboard-page', page: 2 });
    expect(r.kind === 'leaderboard-page' && r.rows.map((row) => row.userId).sort()).toEqual([
      'U1',
      'U2',
    ]);
  });
});

describe('runAction: stale and unknown clicks are gone', () => {
  it('a topic the knowledge no longer has', async () => {
    for (const kind of ['topic', 'share'] as const)
      expect(await runAction(t.services, { kind, topicId: 'no-such-topic' }, ctx())).toEqual(
        GONE('topic'),
      );
    expect(
      await runAction(t.services, { kind: 'more', topicId: 'no-such-topic', fit: null }, ctx()),
    ).toEqual(GONE('topic'));
    const feedback = { kind: 'feedback', topicId: 'no-such-topic', helpful: true } as const;
    expect(await runAction(t.services, feedback, ctx())).toEqual(GONE('topic'));
    expect(await t.services.store.feedbackBetween(...EVER)).toEqual([]);
  });

  it('a quiz that is gone, or an option it does not have', async () => {
    const { quiz } = await personalQuiz();
    for (const choice of [99, -1, 1.5, Number.NaN])
      expect(
        await runAction(t.services, { kind: 'quiz-answer', quizId: quiz.id, choice }, ctx()),
        `${choice}`,
      ).toEqual(GONE('quiz'));
    expect(
      await runAction(
        t.services,
        { kind: 'quiz-answer', quizId: 'no-such-quiz', choice: 0 },
        ctx(),
      ),
    ).toEqual(GONE('quiz'));
    expect(
      await runAction(t.services, { kind: 'quiz-view', quizId: 'no-such-quiz' }, ctx()),
    ).toEqual(GONE('quiz'));
  });

  it('a kind of button the app no longer has; the log holds ids and outcomes only', async () => {
    expect(await runAction(t.services, { kind: 'unknown' }, ctx())).toEqual(GONE('button'));
    expect(t.logs.join('')).toContain('"result":"gone"');
  });
});
