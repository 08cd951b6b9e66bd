// Helpful / not helpful clicks on a topic's guidance.
import { randomUUID } from 'node:crypto';
import { iso, toBit } from './columns.ts';
import type { Db } from './schema.ts';

export async function recordFeedback(
  db: Db,
  topic: string,
  helpful: boolean,
  platform: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('feedback')
    .values({ id: randomUUID(), topic, helpful: toBit(helpful), platform, created_at: iso(now) })
    .execute();
}
