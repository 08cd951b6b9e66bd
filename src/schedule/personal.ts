// Delivers each person's daily practice question at their own local time, exactly once per
// (person, local date) across retries, restarts and instances: a claim with a lease, an
// idempotency key recorded before the platform is called, and a look on the platform before an
// unfinished attempt is delivered again (as the channel quiz and supervisor requests do).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { CoachService } from '../coach/service.ts';
import type { QuestionCard } from '../core/coach/outline.ts';
import { questionText } from '../core/coach/render-text.ts';
import { dueNow, localDate } from '../core/coach/timing.ts';
import { errorText } from '../error-text.ts';
import { deliveryKey, type Store, type StoredPlan } from '../store/store.ts';
import { everyMinute } from './every-minute.ts';
import type { Deliverer } from './scheduler.ts';

/** How long a practice test (question ids and the options chosen) is kept. */
export const PRACTICE_KEPT_DAYS = 30;

/** One person's daily question, to their DM (Slack), personal chat (Teams) or console inbox. */
export interface PersonalDelivery {
  kind: 'daily';
  /** Slack: open a DM with `userId`. Teams: `reference` of their personal chat when known
   * (saved when they typed "quiz me daily" there), else create one for `userId`. */
  to: { platform: string; userId: string; reference: string | null };
  card: QuestionCard;
  /** The same as plain text (notification, fallback). */
  text: string;
}

/** The platform side of personal delivery, one per surface (Surface.personalPoster). */
export type PersonalPoster = Deliverer<PersonalDelivery>;

export interface PersonalDispatcherOptions {
  store: Store;
  coach: CoachService;
  /** By platform: "slack", "teams", "console". */
  posters: Record<string, PersonalPoster>;
  instance: string;
  logger?: Logger | undefined;
  /** A claim older than this, never marked delivered, may be taken over (its instance died). */
  leaseMs?: number;
  /** Retry delays after a failed delivery; after the last one that day's question is given up. */
  backoffMs?: number[];
  /** Deliveries in flight at once (default 8). */
  concurrency?: number;
}

export function createPersonalDispatcher(o: PersonalDispatcherOptions) {
  const leaseMs = o.leaseMs ?? 2 * 60_000;
  const backoff = o.backoffMs ?? [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

  /** An earlier attempt called the platform and never recorded how it went: ask it. */
  async function deliveredEarlier(
    key: string,
    day: string,
    itemId: string,
    d: PersonalDelivery,
    poster: PersonalPoster,
  ): Promise<boolean> {
    const earlier = (await o.store.post(key, day))?.intent;
    if (!earlier) return false;
    const found = poster.find
      ? await poster.find(d, earlier.key, new Date(earlier.at))
      : { unknown: 'the platform cannot look up its earlier messages' };
    if (found === 'absent') return false;
    if ('ref' in found) {
      await o.store.markPosted(key, day, itemId, found.ref);
      return true;
    }
    o.logger?.warn(
      { event: 'personal-delivery-unverified', date: day, reason: found.unknown },
      'cannot tell whether an earlier attempt delivered the personal question; delivering it again',
    );
    return false;
  }

  async function deliverOne(plan: StoredPlan, now: Date): Promise<boolean> {
    const poster = o.posters[plan.platform];
    if (!poster) return false; // left for a process that runs that surface
    const due = dueNow(plan, now, plan.lastSentAt ? new Date(plan.lastSentAt) : null);
    if (!due.due) return false;
    const key = deliveryKey(plan.person);
    const day = due.localDate;
    // Delivered today already (as far as this pass read): no claim to ask for.
    if (plan.lastSentAt && localDate(new Date(plan.lastSentAt), plan.zone) === day) return false;
    if (!(await o.store.claimPost(key, day, o.instance, now, leaseMs))) return false;
    try {
      const item = await o.coach.dailyItem(plan, day, now);
      if (!item) {
        await o.store.markPosted(key, day, '', null); // no questions: nothing to deliver today
        return false;
      }
      const d: PersonalDelivery = {
        kind: 'daily',
        to: { platform: plan.platform, userId: plan.userId, reference: plan.reference },
        card: item.card,
        text: questionText(item.card),
      };
      if (await deliveredEarlier(key, day, item.itemId, d, poster)) {
        await o.store.planDelivered(plan.person, now);
        return false;
      }
      const postKey = await o.store.recordIntent(key, day, o.instance, now, randomUUID());
      if (!postKey) return false; // the claim went to another instance meanwhile
      const ref = await poster.deliver(d, postKey);
      await o.store.markPosted(key, day, item.itemId, ref);
      await o.store.planDelivered(plan.person, now);
      // Ids are never logged with the person: the date and platform say enough.
      o.logger?.info(
        { event: 'personal-delivered', platform: plan.platform, date: day },
        'personal question delivered',
      );
      return true;
    } catch (error) {
      const post = await o.store.post(key, day);
      const delay = backoff[post?.attempts ?? 0];
      await o.store.markFailed(
        key,
        day,
        errorText(error),
        delay === undefined ? null : new Date(now.getTime() + delay),
      );
      o.logger?.[delay === undefined ? 'error' : 'warn'](
        {
          event: 'personal-delivery-failed',
          platform: plan.platform,
          date: day,
          attempts: (post?.attempts ?? 0) + 1,
          retryInMs: delay ?? null,
          err: errorText(error),
        },
        delay === undefined ? 'personal question given up' : 'personal question failed; will retry',
      );
      return false;
    }
  }

  /** One pass at `now` over the active plans. Returns how many this instance delivered. */
  async function tick(now: Date): Promise<number> {
    let delivered = 0;
    let plans: StoredPlan[];
    try {
      // A finished practice test is kept for its summary a while, not for ever.
      await o.store.purgePractice(new Date(now.getTime() - PRACTICE_KEPT_DAYS * 86_400_000));
      plans = await o.store.activePlans();
    } catch (error) {
      o.logger?.warn(
        { event: 'personal-tick-failed', err: errorText(error) },
        'personal dispatcher could not read plans',
      );
      return 0;
    }
    const queue = [...plans];
    // A few at a time: the platform calls wait on the network, not on this process.
    const worker = async () => {
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        if (clock.stopped) return;
        try {
          if (await deliverOne(plan, now)) delivered++;
        } catch (error) {
          o.logger?.warn(
            { event: 'personal-tick-failed', err: errorText(error) },
            'personal dispatcher could not claim a delivery',
          );
        }
      }
    };
    await Promise.all(Array.from({ length: o.concurrency ?? 8 }, worker));
    return delivered;
  }

  const clock = everyMinute(tick);
  return {
    tick,
    /** Every minute, and once at start so a question missed while down comes now. */
    start: clock.start,
    async stop(): Promise<void> {
      await clock.stop();
      await o.store.releaseClaims(o.instance);
    },
  };
}

export type PersonalDispatcher = ReturnType<typeof createPersonalDispatcher>;
