// Platform event ids already handled, so a redelivered event is handled once.
import { iso } from './columns.ts';
import type { Db } from './schema.ts';

/** True the first time an event id is seen (until it expires); false for a repeat. `purge`
 * deletes the expired ids first; an expired id still present is simply claimed again. */
export async function firstDelivery(
  db: Db,
  eventId: string,
  now: Date,
  ttlMs: number,
  purge = true,
): Promise<boolean> {
  if (purge) await db.deleteFrom('events').where('expires_at', '<', iso(now)).execute();
  const expires = iso(new Date(now.getTime() + ttlMs));
  const result = await db
    .insertInto('events')
    .values({ id: eventId, expires_at: expires })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ expires_at: expires })
        .where('events.expires_at', '<', iso(now)),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
