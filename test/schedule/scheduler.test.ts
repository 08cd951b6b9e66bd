// The daily quiz posts once per channel and local day: across racing instances, restarts,
// late timers, daylight-saving changes and failures.
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/quiz.ts';
import { createScheduler, type Poster } from '../../src/schedule/scheduler.ts';
import { createStore, type Store } from '../../src/store/store.ts';
import { kb } from '../helpers.ts';
import { openTestStore, testLocation } from '../store/helpers.ts';

const LA = 'America/Los_Angeles';
const sub = (over: Partial<Parameters<Store['subscribe']>[0]> = {}) => ({
  platform: 'fake',
  channel: 'C1',
  reference: null,
  time: '09:00',
  zone: LA,
  weekdaysOnly: false,
  paused: false,
  ...over,
});

/** A fake platform that records every post (and can be told to fail). */
function fakePoster() {
  const posts: { channel: string; quiz: string; at: Date }[] = [];
  let failures = 0;
  const poster: Poster & { posts: typeof posts; failNext: (n: number) => void; now: Date } = {
    posts,
    now: new Date(0),
    failNext(n) {
      failures = n;
    },
    async post(s, quiz) {
      if (failures > 0) {
        failures--;
        throw new Error('platform unavailable');
      }
      posts.push({ channel: s.channel, quiz: quiz.id, at: poster.now });
      return `msg-${posts.length}`;
    },
  };
  return poster;
}

function scheduler(store: Store, poster: Poster, instance = 'i1') {
  return createScheduler({
    store,
    questions: () => kb.quiz,
    posters: { fake: poster },
    instance,
    random: seededRandom(1),
    leaseMs: 60_000,
    backoffMs: [60_000, 120_000],
  });
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await (closers.pop() as () => Promise<void>)();
});

/** Two instances on one PostgreSQL database; `restartB` stops b and starts it again. */
async function twoInstances(poster: Poster) {
  const { location, drop } = await testLocation('postgres');
  const a = await createStore(location);
  let b = await createStore(location);
  const sa = scheduler(a, poster, 'a');
  let sb = scheduler(b, poster, 'b');
  closers.push(async () => {
    await a.close();
    await b.close();
    await drop();
  });
  return {
    store: a,
    tickBoth: async (now: Date) =>
      (await Promise.all([sa.tick(now), sb.tick(now)])).reduce((x, y) => x + y, 0),
    restartB: async () => {
      await b.close();
      b = await createStore(location);
      sb = scheduler(b, poster, 'b');
    },
  };
}

describe('two schedulers on the same PostgreSQL database', () => {
  it('post once for each of 100 channels, also after a restart later the same day', async () => {
    const poster = fakePoster();
    const both = await twoInstances(poster);
    for (let i = 0; i < 100; i++) await both.store.subscribe(sub({ channel: `C${i}` }), new Date());
    const now = new Date('2026-11-23T17:05:00Z'); // 09:05 in Los Angeles
    expect(await both.tickBoth(now)).toBe(100);
    await both.restartB();
    expect(await both.tickBoth(new Date(now.getTime() + 10 * 60_000))).toBe(0);
    expect(poster.posts).toHaveLength(100);
    expect(new Set(poster.posts.map((p) => p.channel)).size).toBe(100);
  }, 60_000);

  it('post once a day in 100 daily trials, with a restart in the middle', async () => {
    const poster = fakePoster();
    const both = await twoInstances(poster);
    await both.store.subscribe(sub(), new Date());
    const start = new Date('2026-01-01T17:00:00Z').getTime();
    for (let d = 0; d < 100; d++) {
      if (d === 50) await both.restartB();
      expect(await both.tickBoth(new Date(start + d * 86_400_000)), `day ${d}`).toBe(1);
    }
    expect(poster.posts).toHaveLength(100);
  }, 60_000);
});

describe('scheduling', () => {
  async function open() {
    const { store, close } = await openTestStore('sqlite');
    closers.push(close);
    return store;
  }

  /** Tick every minute over a UTC range; returns the posts made. */
  async function runDay(store: Store, fromUtc: string, hours: number) {
    const poster = fakePoster();
    const s = scheduler(store, poster);
    const start = new Date(fromUtc).getTime();
    for (let m = 0; m < hours * 60; m++) {
      poster.now = new Date(start + m * 60_000);
      await s.tick(poster.now);
    }
    return poster.posts;
  }

  it('posts once at 09:00 local on the spring-forward day (Los Angeles)', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    // 2026-03-08: clocks go from 02:00 PST to 03:00 PDT. 09:00 PDT is 16:00 UTC.
    const posts = await runDay(store, '2026-03-08T08:00:00Z', 24); // local midnight, PST
    expect(posts.map((p) => p.at.toISOString())).toEqual(['2026-03-08T16:00:00.000Z']);
  });

  it('posts once at 09:00 local on the fall-back day, and once for a repeated 01:30', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    await store.subscribe(sub({ channel: 'C2', time: '01:30' }), new Date());
    // 2026-11-01: 01:00-02:00 happens twice; 09:00 PST is 17:00 UTC.
    const posts = await runDay(store, '2026-11-01T07:00:00Z', 24);
    expect(posts.filter((p) => p.channel === 'C1').map((p) => p.at.toISOString())).toEqual([
      '2026-11-01T17:00:00.000Z',
    ]);
    expect(posts.filter((p) => p.channel === 'C2').map((p) => p.at.toISOString())).toEqual([
      '2026-11-01T08:30:00.000Z',
    ]);
  });

  it('makes a post missed while down later the same local day, never the next day', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    const poster = fakePoster();
    // Back up at 15:00 local: posts now.
    expect(await scheduler(store, poster).tick(new Date('2026-11-23T23:00:00Z'))).toBe(1);
    // Down all of the next day, back the day after at 08:00 local: nothing for the missed day.
    expect(await scheduler(store, poster).tick(new Date('2026-11-25T16:00:00Z'))).toBe(0);
    expect(await store.post('fake:C1', '2026-11-24')).toBeUndefined();
  });

  it('skips weekends and paused channels', async () => {
    const store = await open();
    await store.subscribe(sub({ weekdaysOnly: true }), new Date());
    await store.subscribe(sub({ channel: 'C2', paused: true }), new Date());
    const poster = fakePoster();
    expect(await scheduler(store, poster).tick(new Date('2026-11-22T18:00:00Z'))).toBe(0); // Sunday
    expect(await scheduler(store, poster).tick(new Date('2026-11-23T18:00:00Z'))).toBe(1); // Monday
    expect(poster.posts.map((p) => p.channel)).toEqual(['C1']);
  });

  it('retries a failed post with backoff, marks it, and posts it once', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    const poster = fakePoster();
    poster.failNext(2);
    const s = scheduler(store, poster);
    const t0 = new Date('2026-11-23T17:00:00Z').getTime();
    expect(await s.tick(new Date(t0))).toBe(0);
    expect(await store.post('fake:C1', '2026-11-23')).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
    expect(await s.tick(new Date(t0 + 30_000))).toBe(0); // before the backoff: no attempt
    expect(await s.tick(new Date(t0 + 61_000))).toBe(0); // second failure
    expect(await store.post('fake:C1', '2026-11-23')).toMatchObject({
      status: 'failed',
      attempts: 2,
    });
    expect(await s.tick(new Date(t0 + 61_000 + 121_000))).toBe(1);
    expect(await store.post('fake:C1', '2026-11-23')).toMatchObject({ status: 'posted' });
    expect(poster.posts).toHaveLength(1);
    expect(await s.tick(new Date(t0 + 3_600_000))).toBe(0);
  });

  it('survives the database going away at posting time: logs, retries, posts once', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    const poster = fakePoster();
    let down = true;
    // The same store, but every call fails while "down".
    const flaky = new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (down) return Promise.reject(new Error('connection refused'));
          return value.apply(target, args);
        };
      },
    });
    const logged: string[] = [];
    const logger = { warn: (o: { event: string }) => logged.push(o.event), info() {}, error() {} };
    const s = createScheduler({
      store: flaky,
      questions: () => kb.quiz,
      posters: { fake: poster },
      instance: 'i1',
      random: seededRandom(1),
      logger: logger as never,
    });
    const t0 = new Date('2026-11-23T17:00:00Z').getTime();
    expect(await s.tick(new Date(t0))).toBe(0);
    expect(logged).toContain('quiz-tick-failed');
    down = false;
    expect(await s.tick(new Date(t0 + 60_000))).toBe(1);
    expect(await s.tick(new Date(t0 + 120_000))).toBe(0);
    expect(poster.posts).toHaveLength(1);
  });

  it('goes through the whole deck before repeating a question', async () => {
    const store = await open();
    await store.subscribe(sub(), new Date());
    const poster = fakePoster();
    const s = scheduler(store, poster);
    const seen: string[] = [];
    const day = new Date('2026-01-01T17:30:00Z').getTime();
    for (let d = 0; d < kb.quiz.length + 3; d++) {
      await s.tick(new Date(day + d * 86_400_000));
      const quiz = await store.quiz(poster.posts[d]?.quiz ?? '');
      seen.push(quiz?.questionId ?? '');
    }
    expect(new Set(seen.slice(0, kb.quiz.length)).size).toBe(kb.quiz.length);
    expect(seen.every(Boolean)).toBe(true);
  }, 60_000);
});
