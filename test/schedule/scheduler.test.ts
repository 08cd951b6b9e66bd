// The daily quiz posts once per channel and local day: across racing instances, restarts,
// late timers, daylight-saving changes and failures.
import type { Logger } from 'pino';
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

/** A fake platform that records every post with its key (and can be told to fail, or to
 * keep a post but lose the answer, as when a connection drops after the platform has it). */
function fakePoster() {
  const posts: { channel: string; quiz: string; key: string; at: Date }[] = [];
  let failures = 0;
  let lost = 0;
  const poster: Poster & {
    posts: typeof posts;
    failNext: (n: number) => void;
    loseAnswerNext: (n: number) => void;
    now: Date;
  } = {
    posts,
    now: new Date(0),
    failNext(n) {
      failures = n;
    },
    loseAnswerNext(n) {
      lost = n;
    },
    async post(s, quiz, _question, key) {
      if (failures > 0) {
        failures--;
        throw new Error('platform unavailable');
      }
      posts.push({ channel: s.channel, quiz: quiz.id, key, at: poster.now });
      if (lost > 0) {
        lost--;
        throw new Error('socket hang up');
      }
      return `msg-${posts.length}`;
    },
    async find(s, key) {
      const i = posts.findIndex((p) => p.channel === s.channel && p.key === key);
      return i < 0 ? 'absent' : { ref: `msg-${i + 1}` };
    },
  };
  return poster;
}

function scheduler(store: Store, poster: Poster, instance = 'i1', logger?: Logger) {
  return createScheduler({
    store,
    questions: () => kb.quiz,
    posters: { fake: poster },
    instance,
    random: seededRandom(1),
    leaseMs: 60_000,
    backoffMs: [60_000, 120_000],
    logger,
  });
}

/** A logger that keeps each line's fields. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const keep = (o: Record<string, unknown>) => lines.push(o);
  return { lines, logger: { info: keep, warn: keep, error: keep } as unknown as Logger };
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

describe('an attempt that never recorded how it went', () => {
  const DAY = '2026-11-23';
  const T0 = new Date('2026-11-23T17:00:00Z').getTime();

  async function open() {
    const { store, close } = await openTestStore('sqlite');
    closers.push(close);
    await store.subscribe(sub(), new Date(T0));
    return store;
  }

  /** An instance that claimed the day, recorded its intent, maybe posted, and died. */
  async function dieWhilePosting(
    store: Store,
    poster: ReturnType<typeof fakePoster>,
    sent: boolean,
  ) {
    expect(await store.claimPost('fake:C1', DAY, 'dead', new Date(T0), 60_000)).toBe(true);
    const key = await store.recordIntent('fake:C1', DAY, 'dead', new Date(T0), 'key-dead');
    expect(key).toBe('key-dead');
    if (sent)
      poster.posts.push({
        channel: 'C1',
        quiz: `daily:fake:C1:${DAY}`,
        key: 'key-dead',
        at: new Date(T0),
      });
  }

  it('is found on the platform after a crash: the taker does not post again', async () => {
    const store = await open();
    const poster = fakePoster();
    await dieWhilePosting(store, poster, true);
    const log = recordingLogger();
    const s = scheduler(store, poster, 'taker', log.logger);
    expect(await s.tick(new Date(T0 + 30_000))).toBe(0); // within the lease: nobody
    expect(await s.tick(new Date(T0 + 120_000))).toBe(0); // taken over, found
    expect(poster.posts).toHaveLength(1);
    expect(await store.post('fake:C1', DAY)).toMatchObject({ status: 'posted' });
    expect(log.lines.map((l) => l.event)).toContain('quiz-post-found');
  });

  it('is posted by the taker when the platform never got it', async () => {
    const store = await open();
    const poster = fakePoster();
    await dieWhilePosting(store, poster, false);
    expect(await scheduler(store, poster, 'taker').tick(new Date(T0 + 120_000))).toBe(1);
    expect(poster.posts.map((p) => p.key)).toEqual(['key-dead']); // the day's one key
    expect(await scheduler(store, poster, 'third').tick(new Date(T0 + 600_000))).toBe(0);
  });

  it('is retried without a second post when the platform kept a post whose answer was lost', async () => {
    const store = await open();
    const poster = fakePoster();
    poster.loseAnswerNext(1);
    const s = scheduler(store, poster);
    expect(await s.tick(new Date(T0))).toBe(0);
    expect(await store.post('fake:C1', DAY)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await s.tick(new Date(T0 + 61_000))).toBe(0); // the retry finds it
    expect(poster.posts).toHaveLength(1);
    expect(await store.post('fake:C1', DAY)).toMatchObject({ status: 'posted' });
  });

  it('is retried later when the platform cannot be asked', async () => {
    const store = await open();
    const poster = fakePoster();
    await dieWhilePosting(store, poster, false);
    const find = poster.find;
    poster.find = async () => {
      throw new Error('platform unreachable');
    };
    const s = scheduler(store, poster, 'taker');
    expect(await s.tick(new Date(T0 + 120_000))).toBe(0);
    expect(await store.post('fake:C1', DAY)).toMatchObject({ status: 'failed', attempts: 1 });
    poster.find = find;
    expect(await s.tick(new Date(T0 + 181_000))).toBe(1);
    expect(poster.posts).toHaveLength(1);
  });

  it('is posted again, saying so, where the platform cannot look its posts up', async () => {
    const store = await open();
    const poster = fakePoster();
    await dieWhilePosting(store, poster, true);
    const log = recordingLogger();
    const blind: Poster = { post: poster.post };
    expect(await scheduler(store, blind, 'taker', log.logger).tick(new Date(T0 + 120_000))).toBe(1);
    // The remaining window: a crash after the platform took the post, before the store heard.
    expect(poster.posts).toHaveLength(2);
    expect(log.lines.find((l) => l.event === 'quiz-post-unverified')).toMatchObject({
      channel: 'fake:C1',
      reason: expect.stringContaining('cannot look up'),
    });
  });
});
