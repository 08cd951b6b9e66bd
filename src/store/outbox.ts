// The request outbox: each card and each answer is one row, delivered once across retries,
// restarts and instances, as the daily quiz posts are (posts.ts): a claim with a lease, an
// idempotency key recorded before the platform is called, and a taker that finds an unfinished
// attempt asks the platform (when it can) before delivering again.
import { iso } from './columns.ts';
import type { Database, Db, OutboxKind, OutboxStatus } from './schema.ts';

export interface OutboxItem {
  id: string;
  requestId: string;
  kind: OutboxKind;
  platform: string;
  target: string;
  status: OutboxStatus;
  attempts: number;
  /** Set once an attempt was about to call the platform: its key and when. */
  intent: { key: string; at: string } | null;
  messageRef: string | null;
}

/** A retry given up on: never due again (kept for the record until the request is purged). */
const NEVER = '9999-12-31T00:00:00.000Z';

function toItem(row: Database['request_outbox']): OutboxItem {
  return {
    id: row.id,
    requestId: row.request_id,
    kind: row.kind,
    platform: row.platform,
    target: row.target,
    status: row.status,
    attempts: row.attempts,
    intent: row.delivery_key && row.intent_at ? { key: row.delivery_key, at: row.intent_at } : null,
    messageRef: row.message_ref,
  };
}

/** Items that may be claimed now: new ones, failed ones due again, and claims gone quiet. */
export async function dueDeliveries(
  db: Db,
  now: Date,
  leaseMs: number,
  limit = 50,
): Promise<OutboxItem[]> {
  const stale = iso(new Date(now.getTime() - leaseMs));
  const rows = await db
    .selectFrom('request_outbox')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'failed'), eb('next_attempt_at', '<=', iso(now))]),
        eb.and([eb('status', 'in', ['claimed', 'sending']), eb('claimed_at', '<', stale)]),
      ]),
    )
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map(toItem);
}

/** Claim one item: true for exactly one caller (see dueDeliveries for what may be taken). */
export async function claimDelivery(
  db: Db,
  id: string,
  instance: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const stale = iso(new Date(now.getTime() - leaseMs));
  const result = await db
    .updateTable('request_outbox')
    .set({ status: 'claimed', instance, claimed_at: iso(now) })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'failed'), eb('next_attempt_at', '<=', iso(now))]),
        eb.and([eb('status', 'in', ['claimed', 'sending']), eb('claimed_at', '<', stale)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Record the intent to deliver, just before calling the platform, for the instance holding the
 * claim. Returns the item's idempotency key (`newKey` the first time, the same one after), or
 * null when the claim is no longer this instance's. Renews the lease.
 */
export async function recordDeliveryIntent(
  db: Db,
  id: string,
  instance: string,
  now: Date,
  newKey: string,
): Promise<string | null> {
  const result = await db
    .updateTable('request_outbox')
    .set((eb) => ({
      status: 'sending',
      delivery_key: eb.fn.coalesce('delivery_key', eb.val(newKey)),
      intent_at: iso(now),
      claimed_at: iso(now),
    }))
    .where('id', '=', id)
    .where('instance', '=', instance)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return (await findDelivery(db, id))?.intent?.key ?? null;
}

export async function markDelivered(db: Db, id: string, messageRef: string | null): Promise<void> {
  await db
    .updateTable('request_outbox')
    .set({ status: 'sent', message_ref: messageRef, error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried at `nextAttemptAt`, or given up when it is null. */
export async function markDeliveryFailed(
  db: Db,
  id: string,
  error: string,
  nextAttemptAt: Date | null,
): Promise<void> {
  await db
    .updateTable('request_outbox')
    .set((eb) => ({
      status: 'failed',
      attempts: eb('attempts', '+', 1),
      error: error.slice(0, 300),
      next_attempt_at: nextAttemptAt ? iso(nextAttemptAt) : NEVER,
    }))
    .where('id', '=', id)
    .execute();
}

/** On shutdown: give back claims not yet sending, so another instance delivers at once. */
export async function releaseDeliveries(db: Db, instance: string): Promise<number> {
  const result = await db
    .updateTable('request_outbox')
    .set({ status: 'pending', instance: null, claimed_at: null })
    .where('instance', '=', instance)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findDelivery(db: Db, id: string): Promise<OutboxItem | undefined> {
  const row = await db
    .selectFrom('request_outbox')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** Where a request's card went (for a surface that updates it in place), by kind. */
export async function deliveriesOf(db: Db, requestId: string): Promise<OutboxItem[]> {
  const rows = await db
    .selectFrom('request_outbox')
    .selectAll()
    .where('request_id', '=', requestId)
    .execute();
  return rows.map(toItem);
}
