// One suite, run on SQLite and on PostgreSQL: the two stores behave the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/store/store.ts';
import { KINDS, openTestStore, testLocation } from './helpers.ts';

const NOW = new Date('2026-11-23T17:00:00Z');
const sub = {
  platform: 'slack',
  channel: 'C1',
  reference: null,
  time: '09:00',
  zone: 'America/Los_Angeles',
  weekdaysOnly: true,
  paused: false,
};

describe.each(KINDS)('store on %s', (kind) => {
  let store: Store;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ store, close } = await openTestStore(kind));
  });
  afterEach(async () => close());

  it('keeps subscriptions, updating on resubscribe', async () => {
    await store.subscribe(sub, NOW);
    await store.subscribe({ ...sub, time: '10:30' }, NOW);
    expect(await store.subscriptions()).toEqual([{ ...sub, time: '10:30' }]);
    expect(await store.unsubscribe('slack', 'C1')).toBe(true);
    expect(await store.unsubscribe('slack', 'C1')).toBe(false);
    expect(await store.subscriptions()).toEqual([]);
  });

  it('lets exactly one caller claim a day, and a stale or failed claim be taken over', async () => {
    const DAY = '2026-11-23';
    const claim = (instance: string, msAfter: number) =>
      store.claimPost('slack:C1', DAY, instance, new Date(NOW.getTime() + msAfter), 60_000);
    expect(
      (await Promise.all(['i1', 'i2', 'i3', 'i4'].map((i) => claim(i, 0)))).filter(Boolean),
    ).toHaveLength(1);
    // Still fresh: nobody else.
    expect(await claim('late', 30_000)).toBe(false);
    // The claimant went quiet past the lease: one taker.
    expect(
      (await Promise.all(['a', 'b'].map((i) => claim(i, 120_000)))).filter(Boolean),
    ).toHaveLength(1);
    // A failed post can be claimed again once its retry is due, not before.
    await store.markFailed('slack:C1', DAY, 'platform down', new Date(NOW.getTime() + 180_000));
    expect(await claim('x', 120_000)).toBe(false);
    expect(await claim('x', 181_000)).toBe(true);
    await store.markPosted('slack:C1', DAY, 'q1', 'ts-1');
    expect(await store.post('slack:C1', DAY)).toMatchObject({
      status: 'posted',
      attempts: 1,
      quizId: 'q1',
    });
    // Shutting down gives back a claim not yet posted: another instance may take it at once.
    expect(await store.claimPost('slack:C2', DAY, 'leaving', NOW, 60_000)).toBe(true);
    expect(await store.claimPost('slack:C2', DAY, 'other', NOW, 60_000)).toBe(false);
    expect(await store.releaseClaims('leaving')).toBe(1);
    expect(await store.claimPost('slack:C2', DAY, 'other', NOW, 60_000)).toBe(true);
    // Posted is final.
    expect(await claim('y', 9e6)).toBe(false);
  });

  it('records the intent to post for the claimant only, with one key for the day', async () => {
    const DAY = '2026-11-23';
    const at = (ms: number) => new Date(NOW.getTime() + ms);
    expect(await store.claimPost('slack:C1', DAY, 'a', at(0), 60_000)).toBe(true);
    expect(await store.recordIntent('slack:C1', DAY, 'b', at(0), 'kb')).toBeNull();
    expect(await store.recordIntent('slack:C1', DAY, 'a', at(1_000), 'k1')).toBe('k1');
    expect(await store.post('slack:C1', DAY)).toMatchObject({
      status: 'posting',
      intent: { key: 'k1', at: at(1_000).toISOString() },
    });
    // Posting renews the lease; it is not given back on shutdown (it may be on the platform).
    expect(await store.claimPost('slack:C1', DAY, 'b', at(60_500), 60_000)).toBe(false);
    expect(await store.releaseClaims('a')).toBe(0);
    // Past the lease it is taken over, the intent kept for the taker to check.
    expect(await store.claimPost('slack:C1', DAY, 'b', at(62_000), 60_000)).toBe(true);
    expect(await store.recordIntent('slack:C1', DAY, 'a', at(62_000), 'k2')).toBeNull();
    expect((await store.post('slack:C1', DAY))?.intent?.key).toBe('k1');
    // The taker's own attempt keeps the day's key; a failure keeps it for the retry.
    expect(await store.recordIntent('slack:C1', DAY, 'b', at(63_000), 'k3')).toBe('k1');
    await store.markFailed('slack:C1', DAY, 'timeout', at(120_000));
    expect(await store.post('slack:C1', DAY)).toMatchObject({
      status: 'failed',
      intent: { key: 'k1', at: at(63_000).toISOString() },
    });
  });

  it("counts a person's first answer only, even when clicks race", async () => {
    const quiz = await store.createQuiz(
      { channelKey: 'slack:C1', questionId: 'gifts-1', localDate: '2026-11-23', kind: 'daily' },
      NOW,
    );
    const clicks = [1, 2, 0, 3, 1].map((choice, i) =>
      store.answer({
        quizId: quiz.id,
        userId: 'U1',
        choice,
        correct: choice === 1,
        localDate: '2026-11-23',
        answeredAt: new Date(NOW.getTime() + i).toISOString(),
      }),
    );
    const results = await Promise.all(clicks);
    expect(results.filter((r) => r.recorded)).toHaveLength(1);
    const first = results.find((r) => r.recorded)?.answer;
    for (const r of results) expect(r.answer.choice).toBe(first?.choice);
    await store.answer({
      quizId: quiz.id,
      userId: 'U2',
      choice: 2,
      correct: false,
      localDate: '2026-11-23',
      answeredAt: new Date(NOW.getTime() - 1000).toISOString(),
    });
    const dist = await store.distribution(quiz.id);
    expect(dist.reduce((a, b) => a + b, 0)).toBe(2);
    expect(dist[2]).toBeGreaterThanOrEqual(1);
    expect(await store.answersFor('U1')).toHaveLength(1);
    expect(await store.channelResults('slack:C1')).toHaveLength(2);
    // U2 answered a second before U1's clicks: the first to answer comes first.
    expect(await store.answerers(quiz.id)).toEqual(['U2', 'U1']);
  });

  it('keeps a deck round and drops earlier rounds', async () => {
    await store.markAsked('slack:C1', 0, 'a');
    await store.markAsked('slack:C1', 0, 'b');
    expect(await store.deck('slack:C1')).toEqual({ round: 0, asked: ['a', 'b'] });
    await store.markAsked('slack:C1', 1, 'c');
    expect(await store.deck('slack:C1')).toEqual({ round: 1, asked: ['c'] });
  });

  it('remembers event ids until they expire', async () => {
    expect(await store.firstDelivery('Ev1', NOW, 60_000)).toBe(true);
    expect(await store.firstDelivery('Ev1', new Date(NOW.getTime() + 1000), 60_000)).toBe(false);
    expect(await store.firstDelivery('Ev1', new Date(NOW.getTime() + 120_000), 60_000)).toBe(true);
  });

  it('claims ids asked for together once each, also past one statement and across instances', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `Ev-many-${i}`);
    // Asked together (one batch): each id twice, plus an id claimed before.
    expect(await store.firstDelivery('Ev-old', NOW, 60_000)).toBe(true);
    const firsts = await Promise.all(
      [...ids, ...ids, 'Ev-old'].map((id) => store.firstDelivery(id, NOW, 60_000)),
    );
    expect(firsts.slice(0, 150).every(Boolean)).toBe(true);
    expect(firsts.slice(150).some(Boolean)).toBe(false);
    // Two instances on one database, the same ids at the same moment: one of them gets each.
    const { location, drop } = await testLocation(kind);
    const [a, b] = await Promise.all([createStore(location), createStore(location)]);
    const both = await Promise.all(
      ids.flatMap((id) => [a.firstDelivery(id, NOW, 60_000), b.firstDelivery(id, NOW, 60_000)]),
    );
    for (let i = 0; i < ids.length; i++)
      expect(Number(both[2 * i]) + Number(both[2 * i + 1])).toBe(1);
    // Each claim expires from its own clock, whatever else was written with it.
    const later = (ms: number) => new Date(NOW.getTime() + ms);
    expect(
      await Promise.all([
        a.firstDelivery('Ev-clock-a', NOW, 60_000),
        a.firstDelivery('Ev-clock-b', later(50_000), 60_000),
      ]),
    ).toEqual([true, true]);
    expect(await a.firstDelivery('Ev-clock-a', later(100_000), 60_000)).toBe(true);
    expect(await a.firstDelivery('Ev-clock-b', later(100_000), 60_000)).toBe(false);
    // Expired ones are claimed again; a batch that fails rejects each of its claims.
    expect(await a.firstDelivery('Ev-many-1', new Date(NOW.getTime() + 120_000), 60_000)).toBe(
      true,
    );
    await a.close();
    await expect(a.firstDelivery('Ev-closed', NOW, 60_000)).rejects.toThrow();
    await b.close();
    await drop();
  });

  it('counts feedback by topic, opt-in leaderboard, redacted misses', async () => {
    const later = new Date(NOW.getTime() + 1);
    await store.feedback('gifts', true, 'slack', NOW);
    await store.feedback('gifts', false, 'slack', NOW);
    await store.feedback('social-media', true, 'teams', NOW);
    expect(await store.feedbackBetween(new Date(0), later)).toEqual([
      { topic: 'gifts', helpful: 1, notHelpful: 1 },
      { topic: 'social-media', helpful: 1, notHelpful: 0 },
    ]);
    await store.setLeaderboard('slack:C1', 'U1', true);
    await store.setLeaderboard('slack:C1', 'U2', true);
    await store.setLeaderboard('slack:C1', 'U2', false);
    expect(await store.leaderboardUsers('slack:C1')).toEqual(['U1']);
    await store.saveMiss('my client [name] asked about [phone]', NOW);
    expect(await store.missesBetween(new Date(0), later)).toEqual([
      { text: 'my client [name] asked about [phone]', at: NOW.toISOString() },
    ]);
    expect(await store.missesBetween(new Date(0), NOW)).toEqual([]);
    await store.ping();
  });

  it('keeps one conversation reference per conversation, replacing it on reinstall', async () => {
    expect(await store.reference('teams', '19:abc')).toBeUndefined();
    await store.saveReference('teams', '19:abc', '{"v":1}', NOW);
    await store.saveReference('teams', '19:abc', '{"v":2}', NOW);
    expect(await store.reference('teams', '19:abc')).toBe('{"v":2}');
    expect(await store.reference('slack', '19:abc')).toBeUndefined();
  });

  it('counts asks, feedback, quiz answers and misses inside a time range only', async () => {
    const at = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
    const [from, to] = [at(0), at(24)];
    // Inside the range, and one of each just outside it (before `from`, at `to`).
    await store.recordAsks([
      { outcome: 'topic', topic: 'gifts', platform: 'slack', at: at(1) },
      { outcome: 'topic', topic: 'gifts', platform: 'teams', at: at(2) },
      { outcome: 'no-match', topic: null, platform: 'slack', at: at(3) },
      { outcome: 'topic', topic: 'gifts', platform: 'slack', at: at(-1) },
      { outcome: 'topic', topic: 'gifts', platform: 'slack', at: to },
    ]);
    expect(await store.askCountsBetween(from, to)).toEqual([
      { outcome: 'no-match', topic: null, count: 1 },
      { outcome: 'topic', topic: 'gifts', count: 2 },
    ]);
    await store.feedback('gifts', true, 'slack', at(1));
    await store.feedback('gifts', true, 'teams', at(1));
    await store.feedback('gifts', false, 'slack', at(2));
    await store.feedback('dual-relationships', false, 'slack', at(2));
    await store.feedback('gifts', false, 'slack', at(25));
    expect(await store.feedbackBetween(from, to)).toEqual([
      { topic: 'dual-relationships', helpful: 0, notHelpful: 1 },
      { topic: 'gifts', helpful: 2, notHelpful: 1 },
    ]);
    const quiz = await store.createQuiz(
      { channelKey: 'slack:C1', questionId: 'gifts-1', localDate: '2026-11-23', kind: 'daily' },
      at(0),
    );
    const other = await store.createQuiz(
      { channelKey: 'slack:U1', questionId: 'gifts-2', localDate: null, kind: 'personal' },
      at(0),
    );
    const answer = (quizId: string, userId: string, correct: boolean, h: number) =>
      store.answer({
        quizId,
        userId,
        choice: correct ? 1 : 0,
        correct,
        localDate: null,
        answeredAt: at(h).toISOString(),
      });
    await answer(quiz.id, 'U1', true, 1);
    await answer(quiz.id, 'U2', false, 2);
    await answer(quiz.id, 'U3', true, 3);
    await answer(quiz.id, 'U4', true, 30);
    await answer(other.id, 'U1', false, 1);
    expect(await store.quizResultsBetween(from, to)).toEqual([
      { questionId: 'gifts-1', answered: 3, correct: 2 },
      { questionId: 'gifts-2', answered: 1, correct: 0 },
    ]);
    await store.saveMiss('can I [name] bring a dog', at(5));
    await store.saveMiss('too early', at(-5));
    expect(await store.missesBetween(from, to)).toEqual([
      { text: 'can I [name] bring a dog', at: at(5).toISOString() },
    ]);
    expect(await store.askCountsBetween(at(100), at(200))).toEqual([]);
  });

  it('migrates once when two instances start together, and again on restart', async () => {
    const { location, drop } = await testLocation(kind);
    const [a, b] = await Promise.all([createStore(location), createStore(location)]);
    await a.subscribe(sub, NOW);
    expect(await b.subscriptions()).toHaveLength(1);
    await a.close();
    await b.close();
    const c = await createStore(location);
    expect(await c.subscriptions()).toHaveLength(1);
    await c.close();
    await drop();
  });
});

describe('store start-up errors', () => {
  it('names the SQLite path when the file is not a database', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'bb-bad-')), 'bot.sqlite');
    writeFileSync(path, 'this is not a database, just some text '.repeat(200));
    await expect(createStore({ sqlitePath: path })).rejects.toThrow(
      /Cannot open the SQLite database at .*bot\.sqlite/,
    );
  });
});
