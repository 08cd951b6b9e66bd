// Questions answered, as outcome and topic only, and unanswered ones (redacted) for curators.
import { randomUUID } from 'node:crypto';
import { iso } from './columns.ts';
import type { AskOutcome, Db } from './schema.ts';

export interface Ask {
  outcome: AskOutcome;
  topic: string | null;
  platform: string;
  at: Date;
}

/** Count questions by outcome and topic for the curator report, never their text; the bot
 * batches them (src/ask-counter.ts). */
export async function recordAsks(db: Db, asks: Ask[]): Promise<void> {
  if (!asks.length) return;
  await db
    .insertInto('asks')
    .values(
      asks.map((ask) => ({
        id: randomUUID(),
        topic: ask.topic,
        outcome: ask.outcome,
        platform: ask.platform,
        created_at: iso(ask.at),
      })),
    )
    .execute();
}

/** Store an unanswered question for curators. The caller passes it already redacted. */
export async function saveMiss(db: Db, redacted: string, now: Date): Promise<void> {
  await db
    .insertInto('misses')
    .values({ id: randomUUID(), redacted, created_at: iso(now) })
    .execute();
}
