// The curator report over a real store and the real knowledge: counts per topic, feedback,
// quiz accuracy per topic and exam area, misses only while collection is on; nobody named.
import { afterEach, describe, expect, it } from 'vitest';
import { dayRange, startOfDay } from '../../src/report/range.ts';
import { renderReport } from '../../src/report/render.ts';
import { buildReport } from '../../src/report/report.ts';
import { dueReviews } from '../../src/report/reviews.ts';
import { kb } from '../helpers.ts';
import { KINDS, testLocation } from '../store/helpers.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

const NOV = { from: new Date('2026-11-01T08:00:00Z'), to: new Date('2026-12-01T08:00:00Z') };
const inNov = (day: number) => new Date(Date.UTC(2026, 10, day, 18));

let t: TestServices;
let drop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await t?.close();
  await drop?.();
  drop = undefined;
});

/** Services on SQLite or on a PostgreSQL database of their own: the range queries differ. */
async function servicesOn(kind: (typeof KINDS)[number], env: Record<string, string> = {}) {
  const where = await testLocation(kind);
  drop = where.drop;
  const url = where.location.databaseUrl;
  return createTestServices(url ? { ...env, DATABASE_URL: url } : env);
}

async function seed(s: TestServices['services']) {
  const { store } = s;
  const kb = s.bot.kb;
  await store.recordAsks([
    { outcome: 'topic', topic: 'gifts', platform: 'slack', at: inNov(2) },
    { outcome: 'topic', topic: 'gifts', platform: 'teams', at: inNov(3) },
    { outcome: 'topic', topic: 'social-media', platform: 'slack', at: inNov(4) },
    { outcome: 'crisis', topic: 'crisis-suicide-risk', platform: 'slack', at: inNov(5) },
    { outcome: 'no-match', topic: null, platform: 'slack', at: inNov(6) },
    { outcome: 'help', topic: null, platform: 'console', at: inNov(6) },
    { outcome: 'topic', topic: 'gifts', platform: 'slack', at: new Date('2026-10-15T12:00:00Z') }, // before
  ]);
  await store.feedback('gifts', true, 'slack', inNov(2));
  await store.feedback('gifts', false, 'teams', inNov(3));
  await store.feedback('dual-relationships', true, 'slack', inNov(3));
  // Two questions from one topic and area, one from another; three people.
  const gifts = kb.quiz.filter((q) => q.topic === 'gifts').slice(0, 2);
  const other = kb.quiz.find((q) => q.area !== gifts[0]!.area && q.topic !== 'gifts')!;
  const answers: [string, string, boolean][] = [
    [gifts[0]!.id, 'U-ALICE', true],
    [gifts[0]!.id, 'U-BOB', false],
    [gifts[1]!.id, 'U-ALICE', true],
    [other.id, 'U-CAROL', false],
  ];
  for (const [i, [questionId, userId, correct]] of answers.entries()) {
    const quiz = await store.createQuiz(
      { channelKey: `slack:personal:${userId}`, questionId, localDate: null, kind: 'personal' },
      inNov(7),
    );
    await store.answer({
      quizId: quiz.id,
      userId,
      choice: correct ? gifts[0]!.correct : 9,
      correct,
      localDate: null,
      answeredAt: inNov(7 + i).toISOString(),
    });
  }
  await store.saveMiss('where can [name] park, call [phone]', inNov(8));
  return { gifts, other };
}

describe.each(KINDS)('curator report on %s', (kind) => {
  it('counts questions, feedback and quiz accuracy per topic and exam area in the range', async () => {
    t = await servicesOn(kind);
    const { gifts, other } = await seed(t.services);
    const r = await buildReport(t.services, NOV);
    expect(r.range).toMatchObject({
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      zone: 'America/Los_Angeles',
    });
    expect(r.questions).toMatchObject({ total: 6, answered: 3, noMatch: 1, help: 1, crisis: 1 });
    expect(r.questions.byTopic.map((b) => [b.topic, b.count])).toEqual([
      ['gifts', 2],
      ['crisis-suicide-risk', 1],
      ['social-media', 1],
    ]);
    expect(r.questions.byTopic[0]!.title).toBe(t.services.bot.kb.topicsById.get('gifts')!.title);
    expect(r.feedback).toEqual([
      expect.objectContaining({ topic: 'dual-relationships', helpful: 1, notHelpful: 0 }),
      expect.objectContaining({ topic: 'gifts', helpful: 1, notHelpful: 1 }),
    ]);
    expect(r.quiz).toMatchObject({ answered: 4, correct: 2, accuracy: 0.5 });
    expect(r.quiz.byTopic.find((e) => e.key === 'gifts')).toMatchObject({
      answered: 3,
      correct: 2,
      accuracy: 0.667,
    });
    expect(r.quiz.byTopic.find((e) => e.key === other.topic)).toMatchObject({ accuracy: 0 });
    const giftArea = r.quiz.byArea.find((e) => e.key === gifts[0]!.area)!;
    expect(giftArea.answered).toBeGreaterThanOrEqual(2);
    expect(r.quiz.byArea.reduce((n, e) => n + e.answered, 0)).toBe(4);
    // Collection is off: no unanswered question appears, even one stored earlier.
    expect(r.misses).toEqual({ collected: false, total: 0, items: [] });
    // Nobody is identified: no user id anywhere in the report.
    expect(JSON.stringify(r)).not.toMatch(/U-ALICE|U-BOB|U-CAROL/);
  });

  it('shows misses, redacted, only while collection is on', async () => {
    t = await servicesOn(kind, { COLLECT_MISSES: 'on' });
    await seed(t.services);
    const nov = await buildReport(t.services, NOV);
    expect(nov.misses.items).toContainEqual({
      at: inNov(8).toISOString(),
      day: '2026-11-08',
      text: 'where can [name] park, call [phone]',
    });
    // Through the real answer path, on the services' clock: a question the bot cannot place,
    // holding a phone number.
    t.setNow(new Date('2026-12-02T18:00:00Z'));
    t.services.bot.answer('recommend a good pizza place, my number is 916-555-0142', 'slack');
    // The answer is stored in the background: wait for it (50 ms was too short on a busy machine).
    const day = { from: new Date('2026-12-02T08:00:00Z'), to: new Date('2026-12-03T08:00:00Z') };
    let r = await buildReport(t.services, day);
    for (let i = 0; i < 100 && (r.questions.total < 1 || r.misses.total < 1); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      r = await buildReport(t.services, day);
    }
    expect(r.questions).toMatchObject({ total: 1, noMatch: 1 });
    expect(r.misses).toEqual({
      collected: true,
      total: 1,
      items: [
        {
          at: '2026-12-02T18:00:00.000Z',
          day: '2026-12-02',
          text: 'recommend a good pizza place, my number is [phone]',
        },
      ],
    });
    expect(JSON.stringify(r)).not.toContain('555-0142');
  });

  it('withholds a stored miss whose words the current rules find risky', async () => {
    t = await servicesOn(kind, { COLLECT_MISSES: 'on' });
    // Stored by older rules, which let a name and a dotted SSN through.
    await t.services.store.saveMiss('where can Quinn Vale park, social 612.34.5678', inNov(9));
    await t.services.store.saveMiss('where can tanya dot reeves at example park', inNov(10));
    const r = await buildReport(t.services, NOV);
    expect(r.misses.items.map((m) => m.text)).toEqual([
      'where can [name] park, social [SSN]',
      '[question withheld]',
    ]);
  });

  it("dates a miss by the agency's day, not the UTC one", async () => {
    t = await servicesOn(kind, { COLLECT_MISSES: 'on' });
    // 8 pm on 30 November in Los Angeles is already 1 December in UTC.
    await t.services.store.saveMiss('late question', new Date('2026-12-01T04:00:00Z'));
    const r = await buildReport(t.services, NOV);
    expect(r.range.lastDay).toBe('2026-11-30');
    expect(r.misses.items).toEqual([
      { at: '2026-12-01T04:00:00.000Z', day: '2026-11-30', text: 'late question' },
    ]);
    expect(renderReport(r)).toContain('  2026-11-30  late question');
  });
});

describe('curator report', () => {
  it('is JSON-serialisable and renders as plain text', async () => {
    t = await createTestServices({ COLLECT_MISSES: 'on' });
    await seed(t.services);
    const r = await buildReport(t.services, NOV);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const text = renderReport(r);
    expect(text).toContain('Curator report, 2026-11-01 to 2026-11-30 (America/Los_Angeles)');
    expect(text).toContain('Questions: 6 (answered 3, not matched 1, help 1, crisis protocol 1)');
    expect(text).toMatch(/Gift[^\n]*\s2\s+1\s+1\n/);
    expect(text).toContain('Quiz: 4 answers, 50% correct');
    expect(text).toContain('Unanswered questions (redacted): 1');
    expect(text).toContain('where can [name] park, call [phone]');
  });

  it('reports an empty range plainly', async () => {
    t = await createTestServices();
    const r = await buildReport(t.services, NOV);
    expect(r.questions.total).toBe(0);
    expect(r.quiz.accuracy).toBeNull();
    expect(renderReport(r)).toContain('Unanswered questions: not collected');
    expect(renderReport(r)).toMatch(
      /Topic reviews: all \d+ topics reviewed in the last 12 months\./,
    );
  });
});

describe('topics due for review', () => {
  const topic = (id: string, on: string) => ({
    ...kb.topics[0]!,
    id,
    title: id.toUpperCase(),
    reviewed: { on, by: 'content lead', against: 'standards.md' },
  });

  it('lists topics last reviewed 12 months or more before today, oldest first', () => {
    const topics = [
      topic('fresh', '2026-06-30'),
      topic('year-to-the-day', '2025-12-03'),
      topic('a-day-short', '2025-12-04'),
      topic('old', '2024-01-15'),
    ];
    expect(dueReviews(topics, '2026-12-03')).toEqual([
      { topic: 'old', title: 'OLD', reviewedOn: '2024-01-15', by: 'content lead' },
      {
        topic: 'year-to-the-day',
        title: 'YEAR-TO-THE-DAY',
        reviewedOn: '2025-12-03',
        by: 'content lead',
      },
    ]);
    // Across a year boundary and from a day that last year's month lacks.
    expect(dueReviews([topic('x', '2025-02-28')], '2026-02-27')).toEqual([]);
    expect(dueReviews([topic('x', '2024-02-29')], '2025-02-28').map((d) => d.topic)).toEqual([]);
    expect(dueReviews([topic('x', '2024-02-29')], '2025-03-01').map((d) => d.topic)).toEqual(['x']);
  });

  it("the curator report lists them as of the agency's day, and says when none are due", async () => {
    t = await createTestServices();
    const count = t.services.bot.kb.topics.length;
    const latest = t.services.bot.kb.topics
      .map((x) => x.reviewed.on)
      .sort()
      .at(-1)!;
    const [y, m, d] = latest.split('-').map(Number) as [number, number, number];
    // Noon in Los Angeles, the day before the anniversary of the latest review: not yet due.
    t.setNow(new Date(Date.UTC(y + 1, m - 1, d - 1, 20)));
    const fresh = await buildReport(t.services, NOV);
    expect(fresh.reviews.due.filter((x) => x.reviewedOn === latest)).toEqual([]);
    // 8 pm on the anniversary in Los Angeles is already the next day in UTC; a year later
    // every topic is due, the oldest review first, by role only.
    t.setNow(new Date(Date.UTC(y + 2, m - 1, d, 4)));
    const late = await buildReport(t.services, NOV);
    expect(late.reviews).toMatchObject({ months: 12, topics: count });
    expect(late.reviews.due).toHaveLength(count);
    expect(late.reviews.due[0]!.reviewedOn <= latest).toBe(true);
    const text = renderReport(late);
    expect(text).toContain(
      `Topics not reviewed in the last 12 months (as of ${late.reviews.today}): ${count}`,
    );
    expect(text).toMatch(/Gifts, tips and favors\s+\d{4}-\d{2}-\d{2}\s+content lead/);
  });
});

describe('report date range', () => {
  const zone = 'America/Los_Angeles';
  it('covers whole local days, DST included', () => {
    // PDT (UTC-7) until 1 Nov 2026, PST (UTC-8) after.
    expect(startOfDay('2026-10-31', zone).toISOString()).toBe('2026-10-31T07:00:00.000Z');
    expect(startOfDay('2026-11-02', zone).toISOString()).toBe('2026-11-02T08:00:00.000Z');
    const r = dayRange({ from: '2026-11-01', to: '2026-11-30' }, new Date(), zone);
    expect([r.from.toISOString(), r.to.toISOString()]).toEqual([
      '2026-11-01T07:00:00.000Z',
      '2026-12-01T08:00:00.000Z',
    ]);
  });

  it('defaults to the last 30 days, today included', () => {
    const r = dayRange({}, new Date('2026-11-23T17:00:00Z'), zone);
    expect([r.firstDay, r.lastDay]).toEqual(['2026-10-25', '2026-11-23']);
    expect(r.to.toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('names a bad date or an empty range', () => {
    expect(() => dayRange({ from: '2026-02-30' }, new Date(), zone)).toThrow(
      '--from "2026-02-30" is not a date: use YYYY-MM-DD',
    );
    expect(() => dayRange({ to: '30/11/2026' }, new Date(), zone)).toThrow('--to "30/11/2026"');
    expect(() => dayRange({ from: '2026-12-01', to: '2026-11-01' }, new Date(), zone)).toThrow(
      '--from 2026-12-01 is after --to 2026-11-01',
    );
  });
});
