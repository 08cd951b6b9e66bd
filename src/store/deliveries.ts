// Platform event ids already handled, so a redelivered event is handled once.
import { iso } from './columns.ts';
import type { Db } from './schema.ts';

/** True the first time an event id is seen (until it expires); false for a repeat. */
export async function firstDelivery(
  db: Db,
  eventId: string,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  await db.deleteFrom('events').where('expires_at', '<', iso(now)).execute();
  const result = await db
    .insertInto('events')
    .values({ id: eventId, expires_at: iso(new Date(now.getTime() + ttlMs)) })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
