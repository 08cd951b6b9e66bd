// The personal schedule over simulated months: what comes back when, new items mixed in,
// delivery at the person's own time through a vacation hold, a zone change and daylight saving.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  BOX_DAYS,
  type ItemState,
  MASTERED_BOX,
  MAX_WAITING,
  NEW_EVERY,
  nextItem,
  review,
} from '../../../src/core/coach/schedule.ts';
import {
  type DailyPlan,
  dueNow,
  MIN_GAP_HOURS,
  pauseUntil,
} from '../../../src/core/coach/timing.ts';
import { localParts } from '../../../src/core/local-time.ts';
import { seededRandom } from '../../../src/core/quiz.ts';
import { kb } from '../../helpers.ts';

describe('an item after an answer', () => {
  it('comes back tomorrow when missed and recedes 2, 4, 8… days while known', () => {
    let s = review(null, 'q', false, '2026-01-01');
    expect(s).toMatchObject({ box: 0, due: '2026-01-02', answered: 1, correct: 0 });
    const dues: number[] = [];
    let day = s.due;
    for (let i = 0; i < 6; i++) {
      s = review(s, 'q', true, day);
      dues.push(BOX_DAYS[s.box] as number);
      day = s.due;
    }
    expect(dues).toEqual([2, 4, 8, 16, 32, 64]);
    expect(s.box).toBeGreaterThanOrEqual(MASTERED_BOX);
    s = review(s, 'q', false, day);
    expect(s).toMatchObject({ box: 0, due: addDays(day, 1), answered: 8, correct: 6 });
  });

  it('is promoted once a day however often it is answered right that day', () => {
    const a = review(null, 'q', true, '2026-01-01');
    const b = review(a, 'q', true, '2026-01-01');
    expect(b).toMatchObject({ box: a.box, due: a.due, answered: 2, correct: 2 });
  });
});

/** A learner who knows an item with a chance growing with each right answer. */
function learner(seed: number) {
  const random = seededRandom(seed);
  return (s: ItemState | undefined) => random() < 0.55 + 0.1 * Math.min(4, s?.correct ?? 0);
}

describe('90 simulated days of daily questions', () => {
  const random = seededRandom(7);
  const knows = learner(11);
  const states = new Map<string, ItemState>();
  const log: { day: string; id: string; isNew: boolean; correct: boolean; due: string | null }[] =
    [];
  const waiting: number[] = [];
  let day = '2026-01-05';
  for (let i = 0; i < 90; i++) {
    const q = nextItem(kb.quiz, [...states.values()], day, i, random);
    if (!q) throw new Error('no question');
    const before = states.get(q.id);
    const correct = knows(before);
    states.set(q.id, review(before ?? null, q.id, correct, day));
    log.push({ day, id: q.id, isNew: !before, correct, due: before?.due ?? null });
    waiting.push([...states.values()].filter((x) => x.due <= day).length);
    day = addDays(day, 1);
  }

  it('asks one question a day and brings every missed item back the next day or when first free', () => {
    expect(log).toHaveLength(90);
    const waits: number[] = [];
    for (const [i, e] of log.entries()) {
      if (e.correct || i > 80) continue;
      const back = log.findIndex((x, j) => j > i && x.id === e.id);
      expect(back, `${e.id} missed on ${e.day}`).toBeGreaterThan(i);
      waits.push(back - i);
    }
    // One question a day: a missed item waits only behind older reviews and the new ones.
    waits.sort((a, b) => a - b);
    expect(waits[Math.floor(waits.length / 2)]).toBeLessThanOrEqual(3);
    expect(Math.max(...waits)).toBeLessThanOrEqual(15);
  });

  it('never asks a seen item before it is due while something is due or new', () => {
    for (const e of log) if (e.due) expect(e.due <= e.day, `${e.id} on ${e.day}`).toBe(true);
  });

  it('mixes in new items steadily while few reviews wait, so the backlog stays small', () => {
    const news = log.filter((e) => e.isNew).length;
    expect(news).toBeGreaterThanOrEqual(10);
    for (let i = 0; i + 25 <= log.length; i += 5)
      expect(
        log.slice(i, i + 25).some((e) => e.isNew),
        `days ${i}…`,
      ).toBe(true);
    expect(Math.max(...waiting)).toBeLessThanOrEqual(MAX_WAITING + NEW_EVERY * 2);
  });

  it('spreads new items over every exam area', () => {
    const areas = new Set(kb.quiz.map((q) => q.area));
    const seen = new Set(
      log.filter((e) => e.isNew).map((e) => kb.quiz.find((q) => q.id === e.id)?.area),
    );
    expect(seen).toEqual(areas);
  });

  it('lets known items recede: some reach mastery, intervals of right answers grow', () => {
    const mastered = [...states.values()].filter((s) => s.box >= MASTERED_BOX);
    expect(mastered.length).toBeGreaterThan(0);
    const twice = [...states.values()].filter((s) => s.correct >= 3 && s.correct === s.answered);
    for (const s of twice) expect(s.box).toBe(Math.min(s.correct, BOX_DAYS.length - 1));
  });
});

const every15 = function* (from: string, to: string) {
  for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) yield new Date(t);
};

/** Deliveries a single dispatcher would make: claims by local date, as the store keeps them. */
function deliveries(plan: (now: Date) => DailyPlan, from: string, to: string) {
  const claimed = new Set<string>();
  const out: { at: Date; localDate: string; plan: DailyPlan }[] = [];
  let last: Date | null = null;
  for (const now of every15(from, to)) {
    const p = plan(now);
    const d = dueNow(p, now, last);
    if (!d.due || claimed.has(d.localDate)) continue;
    claimed.add(d.localDate);
    last = now;
    out.push({ at: now, localDate: d.localDate, plan: p });
  }
  return out;
}

describe("delivery at the person's own time", () => {
  const la: DailyPlan = {
    time: '07:30',
    zone: 'America/Los_Angeles',
    weekdaysOnly: true,
    pausedUntil: null,
    active: true,
  };

  it('over 90 days: once each weekday at 07:30 Los Angeles time, across the fall-back change', () => {
    const sent = deliveries(() => la, '2026-10-01T12:00:00Z', '2026-12-30T12:00:00Z');
    const weekdays = new Set(sent.map((s) => localParts(s.at, la.zone).weekday));
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(sent).toHaveLength(64); // the weekdays from Oct 1 to Dec 29, 2026
    for (const s of sent) expect(localParts(s.at, la.zone).minutes).toBe(7 * 60 + 30);
    // 14:30Z in daylight time, 15:30Z after November 1.
    expect(sent.find((s) => s.localDate === '2026-10-30')?.at.toISOString()).toBe(
      '2026-10-30T14:30:00.000Z',
    );
    expect(sent.find((s) => s.localDate === '2026-11-02')?.at.toISOString()).toBe(
      '2026-11-02T15:30:00.000Z',
    );
  });

  it('holds for a vacation and comes again on the day the hold ends', () => {
    const hold = pauseUntil(new Date('2026-10-09T20:00:00Z'), la.zone, 7); // Friday afternoon
    expect(hold).toBe('2026-10-16');
    const sent = deliveries(
      (now) => (now >= new Date('2026-10-09T20:00:00Z') ? { ...la, pausedUntil: hold } : la),
      '2026-10-05T12:00:00Z',
      '2026-10-24T12:00:00Z',
    ).map((s) => s.localDate);
    expect(sent).toEqual([
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09',
      '2026-10-16',
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
    ]);
  });

  it('spring forward: a time in the skipped hour comes at 03:00, once', () => {
    const plan = { ...la, time: '02:30', weekdaysOnly: false };
    const sent = deliveries(() => plan, '2026-03-07T09:00:00Z', '2026-03-10T09:00:00Z');
    expect(sent.map((s) => [s.localDate, localParts(s.at, la.zone).minutes])).toEqual([
      ['2026-03-07', 150],
      ['2026-03-08', 180], // 02:30 does not exist that night
      ['2026-03-09', 150],
    ]);
  });

  it('fall back: a time in the repeated hour comes at its first occurrence only', () => {
    const plan = { ...la, time: '01:30', weekdaysOnly: false };
    const sent = deliveries(() => plan, '2026-10-31T08:00:00Z', '2026-11-03T08:00:00Z');
    expect(sent.map((s) => [s.localDate, s.at.toISOString()])).toEqual([
      ['2026-10-31', '2026-10-31T08:30:00.000Z'],
      ['2026-11-01', '2026-11-01T08:30:00.000Z'], // 01:30 PDT; 01:30 PST an hour later is skipped
      ['2026-11-02', '2026-11-02T09:30:00.000Z'],
    ]);
  });

  it("a zone change: the new zone's time from the next day, never twice within 12 hours", () => {
    const change = new Date('2026-10-06T18:00:00Z'); // after Tuesday's question in Los Angeles
    const plan = (now: Date): DailyPlan =>
      now >= change
        ? { ...la, zone: 'Asia/Tokyo', weekdaysOnly: false }
        : { ...la, weekdaysOnly: false };
    const sent = deliveries(plan, '2026-10-05T12:00:00Z', '2026-10-10T00:00:00Z');
    for (let i = 1; i < sent.length; i++)
      expect(
        (sent[i]?.at.getTime() ?? 0) - (sent[i - 1]?.at.getTime() ?? 0),
      ).toBeGreaterThanOrEqual(MIN_GAP_HOURS * 3_600_000);
    const local = sent.map((s) => `${s.localDate} ${s.plan.zone}`);
    expect(local).toEqual([
      '2026-10-05 America/Los_Angeles',
      '2026-10-06 America/Los_Angeles',
      '2026-10-07 Asia/Tokyo', // 07:30 Tokyo came 8 hours after; held until 12 hours had passed
      '2026-10-08 Asia/Tokyo',
      '2026-10-09 Asia/Tokyo',
      '2026-10-10 Asia/Tokyo',
    ]);
    expect(localParts(sent[3]?.at as Date, 'Asia/Tokyo').minutes).toBe(7 * 60 + 30);
  });
});
