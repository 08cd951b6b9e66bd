// Delivers "Ask a supervisor" cards and answers through the surfaces, each exactly once across
// retries, restarts and instances (the outbox rows are claimed like daily quiz posts: a lease,
// an idempotency key recorded before the platform is called, and a look on the platform before
// an unfinished attempt is delivered again). Each pass also queues the one re-announcement of
// requests nobody claimed in time, and deletes requests closed longer ago than the retention.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  type AnswerOutline,
  answerOutline,
  type RequestCard,
  requestCard,
} from '../core/supervisor/outline.ts';
import { answerText, cardText } from '../core/supervisor/render-text.ts';
import type { OutboxItem, Store } from '../store/store.ts';
import type { SupervisorSettings } from '../supervisor/settings.ts';
import { everyMinute } from './every-minute.ts';
import type { Deliverer } from './scheduler.ts';

/** What a surface is asked to deliver. `text` is the same content as plain text (fallback,
 * notification). */
export type RequestDelivery =
  /** The card, to the supervisors' place (`channel`: SUPERVISOR_SLACK_CHANNEL,
   * SUPERVISOR_TEAMS_CHANNEL, or "supervisors" for the console). */
  | { kind: 'announce' | 'reannounce'; channel: string; card: RequestCard; text: string }
  /** The answer, privately to the asker: a Slack DM to `userId`, a Teams personal chat (from
   * `reference`, or created for `userId`), the console's inbox. */
  | {
      kind: 'answer';
      to: { userId: string; reference: string | null };
      answer: AnswerOutline;
      text: string;
    };

/** The platform side of requests, one per surface (Surface.requestPoster). */
export type RequestPoster = Deliverer<RequestDelivery>;

export interface RequestDispatcherOptions {
  store: Store;
  settings: SupervisorSettings;
  /** By platform: "slack", "teams", "console". */
  posters: Record<string, RequestPoster>;
  instance: string;
  logger?: Logger | undefined;
  /** A claim older than this, never marked sent, may be taken over (its instance died). */
  leaseMs?: number;
  /** Retry delays after a failed delivery; after the last one it is given up and logged. */
  backoffMs?: number[];
}

export function createRequestDispatcher(o: RequestDispatcherOptions) {
  const leaseMs = o.leaseMs ?? 2 * 60_000;
  const backoff = o.backoffMs ?? [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

  /** What the outbox row stands for now, or null when its request is gone (deleted). */
  async function deliveryOf(item: OutboxItem): Promise<RequestDelivery | null> {
    const r = await o.store.request(item.requestId);
    if (!r) return null;
    if (item.kind === 'answer') {
      if (!r.answer) return null;
      const answer = answerOutline({ ...r, answer: r.answer }, o.settings.showAnswerer);
      return {
        kind: 'answer',
        to: { userId: r.askerAddress.userId, reference: r.askerAddress.reference },
        answer,
        text: answerText(answer),
      };
    }
    const card = requestCard(r, { reannounce: item.kind === 'reannounce' });
    return { kind: item.kind, channel: item.target, card, text: cardText(card) };
  }

  async function deliveredEarlier(
    item: OutboxItem,
    d: RequestDelivery,
    poster: RequestPoster,
  ): Promise<boolean> {
    const earlier = (await o.store.delivery(item.id))?.intent;
    if (!earlier) return false;
    const found = poster.find
      ? await poster.find(d, earlier.key, new Date(earlier.at))
      : { unknown: 'the platform cannot look up its earlier messages' };
    if (found === 'absent') return false;
    if ('ref' in found) {
      await o.store.markDelivered(item.id, found.ref);
      o.logger?.info(
        { event: 'request-delivery-found', kind: item.kind, request: item.requestId },
        'already delivered by an earlier attempt; not delivering it again',
      );
      return true;
    }
    o.logger?.warn(
      {
        event: 'request-delivery-unverified',
        kind: item.kind,
        request: item.requestId,
        reason: found.unknown,
      },
      'cannot tell whether an earlier attempt delivered it; delivering it again',
    );
    return false;
  }

  async function deliverOne(item: OutboxItem, now: Date): Promise<boolean> {
    if (!(await o.store.claimDelivery(item.id, o.instance, now, leaseMs))) return false;
    try {
      const d = await deliveryOf(item);
      if (!d) {
        await o.store.markDelivered(item.id, null); // deleted meanwhile: nothing to deliver
        return false;
      }
      const poster = o.posters[item.platform];
      if (!poster) throw new Error(`no request poster for platform "${item.platform}"`);
      if (await deliveredEarlier(item, d, poster)) return false;
      const key = await o.store.recordDeliveryIntent(item.id, o.instance, now, randomUUID());
      if (!key) return false; // the claim went to another instance meanwhile
      const ref = await poster.deliver(d, key);
      await o.store.markDelivered(item.id, ref);
      o.logger?.info(
        {
          event: 'request-delivered',
          kind: item.kind,
          request: item.requestId,
          platform: item.platform,
        },
        'request delivered',
      );
      return true;
    } catch (error) {
      const current = await o.store.delivery(item.id);
      const delay = backoff[current?.attempts ?? 0];
      await o.store.markDeliveryFailed(
        item.id,
        String((error as Error).message),
        delay === undefined ? null : new Date(now.getTime() + delay),
      );
      o.logger?.[delay === undefined ? 'error' : 'warn'](
        {
          event: 'request-delivery-failed',
          kind: item.kind,
          request: item.requestId,
          attempts: (current?.attempts ?? 0) + 1,
          retryInMs: delay ?? null,
          err: (error as Error).message,
        },
        delay === undefined ? 'request delivery given up' : 'request delivery failed; will retry',
      );
      return false;
    }
  }

  /** One pass at `now`: purge, queue due reminders, deliver what is due. Returns how many
   * deliveries this instance made. */
  async function tick(now: Date): Promise<number> {
    let delivered = 0;
    try {
      const before = new Date(now.getTime() - o.settings.retentionDays * 86_400_000);
      const purged = await o.store.purgeRequests(before);
      if (purged)
        o.logger?.info({ event: 'requests-purged', count: purged }, 'old requests deleted');
      await o.store.queueReminders(now);
      for (const item of await o.store.dueDeliveries(now, leaseMs)) {
        if (clock.stopped) break;
        // Left for a process that runs that surface (the terminal console has only its own).
        if (!o.posters[item.platform]) continue;
        if (await deliverOne(item, now)) delivered++;
      }
    } catch (error) {
      // The database went away: the next pass tries again; claims keep it to one delivery.
      o.logger?.warn(
        { event: 'request-tick-failed', err: (error as Error).message },
        'request delivery pass failed',
      );
    }
    return delivered;
  }

  const clock = everyMinute(tick);
  return {
    tick,
    /** Every minute, and once at start. */
    start: clock.start,
    async stop(): Promise<void> {
      await clock.stop();
      await o.store.releaseDeliveries(o.instance);
    },
  };
}

export type RequestDispatcher = ReturnType<typeof createRequestDispatcher>;
