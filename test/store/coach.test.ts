// The coach's tables on SQLite and PostgreSQL: plans, item states, practice tests, and the
// erasure of everything about one person (and nothing about anyone else).
import { afterEach, describe, expect, it } from 'vitest';
import { createCoachService } from '../../src/coach/service.ts';
import { seededRandom } from '../../src/core/quiz.ts';
import { channelKey, createStore, type Store } from '../../src/store/store.ts';
import { kb } from '../helpers.ts';
import { KINDS, testLocation } from './helpers.ts';

const NOW = new Date('2026-11-23T17:00:00Z');
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function open(kind: (typeof KINDS)[number]) {
  const { location, drop } = await testLocation(kind);
  const store = await createStore(location);
  closers.push(async () => {
    await store.close();
    await drop();
  });
  const coach = createCoachService({ store, kb: () => kb, random: seededRandom(1), zone: 'UTC' });
  /** Another instance on the same database (PostgreSQL), or the same store (SQLite, one process). */
  const another = async () => {
    if (kind === 'sqlite') return coach;
    const other = await createStore(location);
    closers.unshift(() => other.close());
    return createCoachService({ store: other, kb: () => kb, random: seededRandom(2), zone: 'UTC' });
  };
  return { store, coach, another };
}

/** Rows in every table that mention the person, by table. */
async function traces(store: Store, platform: string, userId: string) {
  const person = `${platform}:${userId}`;
  const db = store.db;
  const n = async (q: Promise<unknown[]>) => (await q).length;
  return {
    plans: await n(db.selectFrom('coach_plans').selectAll().where('person', '=', person).execute()),
    items: await n(db.selectFrom('coach_items').selectAll().where('person', '=', person).execute()),
    days: await n(db.selectFrom('coach_days').selectAll().where('person', '=', person).execute()),
    practice: await n(
      db.selectFrom('coach_practice').selectAll().where('person', '=', person).execute(),
    ),
    posts: await n(
      db.selectFrom('posts').selectAll().where('channel_key', 'like', `%${userId}%`).execute(),
    ),
    answers: await n(db.selectFrom('answers').selectAll().where('user_id', '=', userId).execute()),
    quizzes: await n(
      db.selectFrom('quizzes').selectAll().where('channel_key', 'like', `%${userId}%`).execute(),
    ),
    leaderboard: await n(
      db.selectFrom('leaderboard').selectAll().where('user_id', '=', userId).execute(),
    ),
  };
}

describe.each(KINDS)('the coach store on %s', (kind) => {
  it('keeps a plan: saved, paused, changed (hold cleared, reference kept), stopped', async () => {
    const { store, coach } = await open(kind);
    const p = { platform: 'teams', userId: 'T1' };
    await coach.setPlan(
      p,
      { time: '07:30', zone: 'America/Los_Angeles', weekdaysOnly: true, reference: '{"c":1}' },
      NOW,
    );
    await coach.pause(p, 7, NOW);
    expect(await store.plan('teams:T1')).toMatchObject({
      pausedUntil: '2026-11-30',
      active: true,
      reference: '{"c":1}',
    });
    await coach.setPlan(
      p,
      { time: '06:00', zone: 'Europe/Paris', weekdaysOnly: false, reference: null },
      NOW,
    );
    expect(await store.plan('teams:T1')).toMatchObject({
      time: '06:00',
      zone: 'Europe/Paris',
      weekdaysOnly: false,
      pausedUntil: null,
      reference: '{"c":1}',
    });
    await coach.stop(p, NOW);
    expect((await store.plan('teams:T1'))?.active).toBe(false);
    expect(await store.activePlans()).toEqual([]);
  });

  it('counts one of two clicks at once on a practice question (two instances on PostgreSQL)', async () => {
    const { store, coach, another } = await open(kind);
    const second = await another();
    const me = { platform: 'slack', userId: 'U1' };
    const started = await coach.startPractice(me, 2, NOW);
    if (started.kind !== 'question' || started.card.answer.kind !== 'practice-answer')
      throw new Error('no test');
    const target = started.card.answer;
    const [x, y] = await Promise.all([
      coach.answerPractice(me, target.sessionId, 0, 0, NOW),
      second.answerPractice(me, target.sessionId, 0, 1, NOW),
    ]);
    if (x.kind !== 'feedback' || y.kind !== 'feedback') throw new Error('no feedback');
    expect([x.feedback.repeat, y.feedback.repeat].sort()).toEqual([false, true]);
    // Both show the answer that counts.
    expect(x.feedback.chosen.text).toBe(y.feedback.chosen.text);
    const stored = await store.practice(target.sessionId);
    expect(stored?.session.answers.filter((a) => a !== null)).toHaveLength(1);
    const items = await store.itemStates('slack:U1');
    expect(items.map((i) => i.answered)).toEqual([1]);
  });

  it('erases everything about a person, and only that person', async () => {
    const { store, coach } = await open(kind);
    const me = { platform: 'slack', userId: 'U1' };
    const other = { platform: 'slack', userId: 'U2' };
    for (const p of [me, other]) {
      await coach.setPlan(
        p,
        { time: '07:30', zone: 'UTC', weekdaysOnly: false, reference: null },
        NOW,
      );
      const plan = await store.plan(`slack:${p.userId}`);
      const item = await coach.dailyItem(plan!, '2026-11-23', NOW);
      await store.claimPost(`coach:slack:${p.userId}`, '2026-11-23', 'A', NOW, 60_000);
      await coach.answerDaily(p, item!.itemId, 0, NOW);
      const started = await coach.startPractice(p, 2, NOW);
      if (started.kind !== 'question' || started.card.answer.kind !== 'practice-answer')
        throw new Error('no test');
      await coach.answerPractice(p, started.card.answer.sessionId, 0, 1, NOW);
      await store.setLeaderboard(channelKey('slack', 'C1'), p.userId, true);
      const daily = await store.createQuiz(
        {
          id: `d-${p.userId}`,
          channelKey: 'slack:C1',
          questionId: kb.quiz[0]!.id,
          localDate: '2026-11-23',
          kind: 'daily',
        },
        NOW,
      );
      await store.answer({
        quizId: daily.id,
        userId: p.userId,
        choice: 1,
        correct: false,
        localDate: '2026-11-23',
        answeredAt: NOW.toISOString(),
      });
    }
    const before = await traces(store, 'slack', 'U1');
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    const view = await coach.forget(me);
    expect(view).toEqual({ kind: 'notice', text: expect.stringMatching(/erased/) });
    for (const [table, n] of Object.entries(await traces(store, 'slack', 'U1')))
      expect(n, table).toBe(0);
    expect(await traces(store, 'slack', 'U2')).toEqual(before);
    // The channel's card and its other answers stay.
    expect(await store.quiz('d-U1')).toBeTruthy();
  });
});
