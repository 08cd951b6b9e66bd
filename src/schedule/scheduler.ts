// Posts each subscribed channel's daily quiz at its local time, once per (channel, local date)
// across instances and restarts: a claim in the database decides who posts. Before calling the
// platform the claimant records its intent with an idempotency key that goes with the post; an
// instance that takes over an unfinished attempt (a crash, a failure) first asks the platform
// whether that post exists. A post missed while down is made later the same local day; a
// failed post is retried with backoff. Time is injected (`tick(now)`), so tests drive it;
// croner drives it in production.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { localParts, parseTime } from '../core/local-time.ts';
import type { QuizQuestion } from '../core/types.ts';
import { errorText } from '../error-text.ts';
import { dailyQuiz } from '../quiz/daily.ts';
import { channelKey, type Quiz, type Store, type Subscription } from '../store/store.ts';
import { everyMinute } from './every-minute.ts';

/** What the platform says about an earlier attempt: its post, none, or that it cannot tell. */
export type Found = { ref: string } | 'absent' | { unknown: string };

/** The platform side of a delivery that must arrive once (a supervisor request, a person's
 * daily question), one per surface. */
export interface Deliverer<D> {
  /** Deliver once; `key` goes with the message where the platform can carry it (Slack message
   * metadata, a Teams activity property), for `find`. Returns the platform's message id. */
  deliver(delivery: D, key: string): Promise<string | null>;
  /** Look for what an earlier attempt sent with `key` at about `since`. Without it, an attempt
   * cut off mid-call is delivered again (and a warning logged). */
  find?(delivery: D, key: string, since: Date): Promise<Found>;
}

/** The platform side: post a quiz card to a channel; returns the platform's message id. */
export interface Poster {
  /** `postKey` goes with the post where the platform can carry it, for `find`. */
  post(
    subscription: Subscription,
    quiz: Quiz,
    question: QuizQuestion,
    postKey: string,
  ): Promise<string | null>;
  /**
   * Look for the post an earlier attempt sent with `postKey` at about `since`. Without it,
   * an unfinished earlier attempt cannot be checked and the quiz is posted again.
   */
  find?(subscription: Subscription, postKey: string, since: Date): Promise<Found>;
}

export interface SchedulerOptions {
  store: Store;
  /** The current quiz questions (the knowledge may be reloaded while running). */
  questions: () => readonly QuizQuestion[];
  /** Posters by platform ("slack", "teams", "console"...). */
  posters: Record<string, Poster>;
  /** Names this process in claims. */
  instance: string;
  random: () => number;
  logger?: Logger | undefined;
  /** A claim older than this, never marked posted, may be taken over (its instance died). */
  leaseMs?: number;
  /** Retry delays after a failed post; after the last one the post is given up and logged. */
  backoffMs?: number[];
}

export function createScheduler(o: SchedulerOptions) {
  const leaseMs = o.leaseMs ?? 2 * 60_000;
  const backoff = o.backoffMs ?? [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

  /**
   * When an earlier attempt got as far as calling the platform and never recorded how it went
   * (killed, or its answer lost), ask the platform. True when the post is there: it is recorded
   * and not made again. Throws when the platform cannot be reached (retried with backoff).
   */
  async function postedEarlier(
    sub: Subscription,
    poster: Poster,
    key: string,
    localDate: string,
    quizId: string,
  ): Promise<boolean> {
    const earlier = (await o.store.post(key, localDate))?.intent;
    if (!earlier) return false;
    const found = poster.find
      ? await poster.find(sub, earlier.key, new Date(earlier.at))
      : { unknown: 'the platform cannot look up its earlier posts' };
    if (found === 'absent') return false;
    if ('ref' in found) {
      await o.store.markPosted(key, localDate, quizId, found.ref);
      o.logger?.info(
        { event: 'quiz-post-found', channel: key, date: localDate },
        'daily quiz was already posted by an earlier attempt; not posting it again',
      );
      return true;
    }
    o.logger?.warn(
      { event: 'quiz-post-unverified', channel: key, date: localDate, reason: found.unknown },
      'cannot tell whether an earlier attempt posted the daily quiz; posting it again',
    );
    return false;
  }

  async function postOne(sub: Subscription, now: Date): Promise<boolean> {
    const local = localParts(now, sub.zone);
    const at = parseTime(sub.time);
    if (sub.paused || at === null || local.minutes < at) return false;
    if (sub.weekdaysOnly && (local.weekday === 0 || local.weekday === 6)) return false;
    const key = channelKey(sub.platform, sub.channel);
    if (!(await o.store.claimPost(key, local.date, o.instance, now, leaseMs))) return false;
    const poster = o.posters[sub.platform];
    try {
      if (!poster) throw new Error(`no poster for platform "${sub.platform}"`);
      // A retry reuses the quiz chosen the first time.
      const { quiz, question } = await dailyQuiz(
        o.store,
        o.questions(),
        o.random,
        key,
        local.date,
        now,
      );
      if (await postedEarlier(sub, poster, key, local.date, quiz.id)) return false;
      const postKey = await o.store.recordIntent(key, local.date, o.instance, now, randomUUID());
      if (!postKey) return false; // the claim went to another instance meanwhile
      const ref = await poster.post(sub, quiz, question, postKey);
      await o.store.markPosted(key, local.date, quiz.id, ref);
      o.logger?.info(
        { event: 'quiz-posted', channel: key, date: local.date, question: question.id },
        'daily quiz posted',
      );
      return true;
    } catch (error) {
      const post = await o.store.post(key, local.date);
      const delay = backoff[post?.attempts ?? 0];
      await o.store.markFailed(
        key,
        local.date,
        errorText(error),
        delay === undefined ? null : new Date(now.getTime() + delay),
      );
      o.logger?.[delay === undefined ? 'error' : 'warn'](
        {
          event: 'quiz-post-failed',
          channel: key,
          date: local.date,
          attempts: (post?.attempts ?? 0) + 1,
          retryInMs: delay ?? null,
          err: errorText(error),
        },
        delay === undefined ? 'daily quiz post given up' : 'daily quiz post failed; will retry',
      );
      return false;
    }
  }

  /** One pass over the subscriptions at `now`. Returns how many quizzes this instance posted. */
  async function tick(now: Date): Promise<number> {
    let posted = 0;
    let subs: Subscription[];
    try {
      subs = await o.store.subscriptions();
    } catch (error) {
      // The database went away: the next tick tries again; claims keep it to one post.
      o.logger?.warn(
        { event: 'quiz-tick-failed', err: errorText(error) },
        'quiz scheduler could not read subscriptions',
      );
      return 0;
    }
    for (const sub of subs) {
      if (clock.stopped) break; // shutting down: the rest are posted by another instance or on restart
      try {
        if (await postOne(sub, now)) posted++;
      } catch (error) {
        o.logger?.warn(
          { event: 'quiz-tick-failed', err: errorText(error) },
          'quiz scheduler could not claim a post',
        );
      }
    }
    return posted;
  }

  const clock = everyMinute(tick);
  return {
    tick,
    /** Every minute, and once at start so a post missed while down is made now. */
    start: clock.start,
    /** Stop the clock and wait for a pass in progress to finish its current post. */
    stop: clock.stop,
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
