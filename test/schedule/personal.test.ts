// Each person's daily question reaches them exactly once per local day across two instances on
// one database, an instance killed mid-delivery (its lease runs out), failures and restarts, at
// their own time; a paused or stopped plan gets nothing. Run on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { createCoachService } from '../../src/coach/service.ts';
import { seededRandom } from '../../src/core/quiz.ts';
import {
  createPersonalDispatcher,
  type PersonalDelivery,
  type PersonalPoster,
  PRACTICE_KEPT_DAYS,
} from '../../src/schedule/personal.ts';
import { createStore, deliveryKey, type Store } from '../../src/store/store.ts';
import { kb } from '../helpers.ts';
import { KINDS, testLocation } from '../store/helpers.ts';

const T0 = new Date('2026-11-23T15:30:00Z'); // Monday 07:30 in Los Angeles
const later = (ms: number) => new Date(T0.getTime() + ms);
const LEASE = 60_000;

function fakePlatform() {
  const sent: { d: PersonalDelivery; key: string }[] = [];
  let hang = false;
  let fail = 0;
  const poster: PersonalPoster = {
    async deliver(d, key) {
      if (fail > 0) {
        fail--;
        throw new Error('platform down');
      }
      sent.push({ d, key });
      if (hang) await new Promise(() => {}); // killed after the platform got it
      return `ts-${sent.length}`;
    },
    async find(_d, key) {
      const i = sent.findIndex((s) => s.key === key);
      return i < 0 ? 'absent' : { ref: `ts-${i + 1}` };
    },
  };
  return {
    poster,
    sent,
    hangNext: () => {
      hang = true;
    },
    failNext: (n: number) => {
      fail = n;
    },
  };
}

const opened: Store[] = [];
const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of drops.splice(0)) await d();
});

async function twoInstances(kind: (typeof KINDS)[number]) {
  const { location, drop } = await testLocation(kind);
  drops.push(drop);
  const a = await createStore(location);
  const b = kind === 'postgres' ? await createStore(location) : a;
  opened.push(...new Set([a, b]));
  return { a, b };
}

const coachOf = (store: Store) =>
  createCoachService({ store, kb: () => kb, random: seededRandom(5), zone: 'UTC' });

const dispatcher = (store: Store, instance: string, poster: PersonalPoster) =>
  createPersonalDispatcher({
    store,
    coach: coachOf(store),
    posters: { slack: poster },
    instance,
    leaseMs: LEASE,
    backoffMs: [60_000],
  });

async function plan(store: Store, userId: string, time = '07:30', zone = 'America/Los_Angeles') {
  await coachOf(store).setPlan(
    { platform: 'slack', userId },
    { time, zone, weekdaysOnly: false, reference: null },
    later(-86_400_000),
  );
}

describe.each(KINDS)('personal delivery on %s', (kind) => {
  it("delivers once per person when two instances run the same passes, at each one's time", async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await plan(a, 'U1');
    await plan(a, 'U2');
    await plan(a, 'U3', '09:00', 'America/New_York'); // 14:00Z: already due
    await plan(a, 'U4', '08:00'); // half an hour later
    const [da, db] = [dispatcher(a, 'A', platform.poster), dispatcher(b, 'B', platform.poster)];
    const counts = await Promise.all([da.tick(T0), db.tick(T0), da.tick(T0), db.tick(later(1000))]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(3);
    expect(platform.sent.map((s) => s.d.to.userId).sort()).toEqual(['U1', 'U2', 'U3']);
    await Promise.all([da.tick(later(30 * 60_000)), db.tick(later(30 * 60_000))]);
    expect(platform.sent.map((s) => s.d.to.userId).sort()).toEqual(['U1', 'U2', 'U3', 'U4']);
    const card = platform.sent[0]?.d.card;
    expect(card?.answer.kind).toBe('coach-answer');
    expect(card?.options).toHaveLength(4);
    // The rest of the day and a restart: nothing more. The next local day: one each again.
    const restarted = dispatcher(a, 'A2', platform.poster);
    expect(await restarted.tick(later(6 * 3_600_000))).toBe(0);
    await Promise.all([
      da.tick(later(86_400_000 + 3_600_000)),
      db.tick(later(86_400_000 + 3_600_000)),
    ]);
    expect(platform.sent).toHaveLength(8);
  });

  it('does not deliver again after an instance is killed mid-delivery (the platform has it)', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await plan(a, 'U1');
    platform.hangNext();
    void dispatcher(a, 'killed', platform.poster).tick(T0); // never finishes: killed
    await new Promise((r) => setTimeout(r, 300));
    expect(platform.sent).toHaveLength(1);
    const survivor = dispatcher(b, 'B', platform.poster);
    expect(await survivor.tick(later(10_000))).toBe(0); // still within the lease
    expect(await survivor.tick(later(LEASE + 10_000))).toBe(0); // found on the platform
    expect(platform.sent).toHaveLength(1);
    expect((await b.post(deliveryKey('slack:U1'), '2026-11-23'))?.status).toBe('posted');
  });

  it('delivers once after an instance is killed before the platform got it', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await plan(a, 'U1');
    const key = deliveryKey('slack:U1');
    expect(await a.claimPost(key, '2026-11-23', 'killed', T0, LEASE)).toBe(true);
    expect(await a.recordIntent(key, '2026-11-23', 'killed', T0, 'k-killed')).toBe('k-killed');
    expect(await dispatcher(b, 'B', platform.poster).tick(later(LEASE + 1000))).toBe(1);
    expect(platform.sent.map((s) => s.key)).toEqual(['k-killed']);
  });

  it('retries a failed delivery later the same day, once', async () => {
    const { a, b } = await twoInstances(kind);
    const platform = fakePlatform();
    await plan(a, 'U1');
    platform.failNext(1);
    expect(await dispatcher(a, 'A', platform.poster).tick(T0)).toBe(0);
    expect(await dispatcher(b, 'B', platform.poster).tick(later(30_000))).toBe(0); // backing off
    expect(await dispatcher(b, 'B', platform.poster).tick(later(61_000))).toBe(1);
    expect(await dispatcher(a, 'A', platform.poster).tick(later(120_000))).toBe(0);
    expect(platform.sent).toHaveLength(1);
  });

  it('deletes practice tests after PRACTICE_KEPT_DAYS, keeping what they taught the schedule', async () => {
    const { a } = await twoInstances(kind);
    const coach = coachOf(a);
    const me = { platform: 'slack', userId: 'U1' };
    const started = await coach.startPractice(me, 1, T0);
    if (started.kind !== 'question' || started.card.answer.kind !== 'practice-answer')
      throw new Error('no test');
    await coach.answerPractice(me, started.card.answer.sessionId, 0, 0, T0);
    const d = dispatcher(a, 'A', fakePlatform().poster);
    await d.tick(later((PRACTICE_KEPT_DAYS - 1) * 86_400_000));
    expect(await a.practice(started.card.answer.sessionId)).not.toBeNull();
    await d.tick(later((PRACTICE_KEPT_DAYS + 1) * 86_400_000));
    expect(await a.practice(started.card.answer.sessionId)).toBeNull();
    expect(await a.itemStates('slack:U1')).toHaveLength(1);
  });

  it('holds for a pause and stops for good, and keeps the same item for a retry', async () => {
    const { a } = await twoInstances(kind);
    const platform = fakePlatform();
    const coach = coachOf(a);
    await plan(a, 'U1');
    await plan(a, 'U2');
    await coach.pause({ platform: 'slack', userId: 'U1' }, 2, T0);
    await coach.stop({ platform: 'slack', userId: 'U2' }, T0);
    const d = dispatcher(a, 'A', platform.poster);
    expect(await d.tick(T0)).toBe(0);
    expect(await d.tick(later(86_400_000))).toBe(0);
    expect(await d.tick(later(2 * 86_400_000))).toBe(1); // the hold ends on Wednesday
    expect(platform.sent.map((s) => s.d.to.userId)).toEqual(['U1']);
  });
});
