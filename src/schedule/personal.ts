// Delivers each person's daily practice question at their own local time, exactly once per
// (person, local date) across retries, restarts and instances: a claim with a lease, an
// idempotency key recorded before the platform is called, and a look on the platform before an
// unfinished attempt is delivered again (as the channel quiz and supervisor requests do).
import type { Logger } from 'pino';
import type { QuestionCard } from '../core/coach/outline.ts';
import type { Store } from '../store/store.ts';
import type { Found } from './scheduler.ts';

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
export interface PersonalPoster {
  /** Deliver once; `key` goes with the message where the platform can carry it (Slack message
   * metadata, a Teams activity property), for `find`. Returns the platform's message id. */
  deliver(delivery: PersonalDelivery, key: string): Promise<string | null>;
  /** Look for what an earlier attempt sent with `key` at about `since`. Without it, an attempt
   * cut off mid-call is delivered again (and a warning logged). */
  find?(delivery: PersonalDelivery, key: string, since: Date): Promise<Found>;
}

export interface PersonalDispatcherOptions {
  store: Store;
  /** By platform: "slack", "teams", "console". */
  posters: Record<string, PersonalPoster>;
  instance: string;
  logger?: Logger | undefined;
  leaseMs?: number;
  backoffMs?: number[];
}

export function createPersonalDispatcher(_o: PersonalDispatcherOptions): {
  tick(now: Date): Promise<number>;
  start(): void;
  stop(): Promise<void>;
} {
  throw new Error('not built yet');
}

export type PersonalDispatcher = ReturnType<typeof createPersonalDispatcher>;
