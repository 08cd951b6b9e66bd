// Daily posts: one row a (channel, local date), claimed by one instance at a time.
import { iso } from './columns.ts';
import type { Database, Db, PostStatus } from './schema.ts';

export interface PostClaim {
  channelKey: string;
  localDate: string;
  status: PostStatus;
  attempts: number;
  nextAttemptAt: string | null;
  /** Set once an attempt was about to call the platform: the key sent with the post and when. */
  intent: { key: string; at: string } | null;
}

function toPost(row: Database['posts']): PostClaim & { quizId: string | null } {
  return {
    channelKey: row.channel_key,
    localDate: row.local_date,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    intent: row.post_key && row.intent_at ? { key: row.post_key, at: row.intent_at } : null,
    quizId: row.quiz_id,
  };
}

/**
 * Claim the day's post. True for exactly one caller: the first, or one taking over a claim
 * whose instance went quiet (older than `leaseMs`, also in the middle of posting), or a
 * failed post whose retry is due. The earlier intent, if any, stays on the row.
 */
export async function claimPost(
  db: Db,
  key: string,
  localDate: string,
  instance: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const inserted = await db
    .insertInto('posts')
    .values({
      channel_key: key,
      local_date: localDate,
      status: 'claimed',
      instance,
      claimed_at: iso(now),
      attempts: 0,
    })
    .onConflict((oc) => oc.columns(['channel_key', 'local_date']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
  const stale = iso(new Date(now.getTime() - leaseMs));
  const taken = await db
    .updateTable('posts')
    .set({ status: 'claimed', instance, claimed_at: iso(now) })
    .where('channel_key', '=', key)
    .where('local_date', '=', localDate)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['claimed', 'posting']), eb('claimed_at', '<', stale)]),
        eb.and([eb('status', '=', 'failed'), eb('next_attempt_at', '<=', iso(now))]),
      ]),
    )
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) > 0;
}

/**
 * Record the intent to post, just before calling the platform, for the instance holding the
 * claim. Returns the day's idempotency key (`newKey` the first time, the same one for every
 * later attempt), or null when the claim is no longer this instance's. Renews the lease.
 */
export async function recordIntent(
  db: Db,
  key: string,
  localDate: string,
  instance: string,
  now: Date,
  newKey: string,
): Promise<string | null> {
  const result = await db
    .updateTable('posts')
    .set((eb) => ({
      status: 'posting',
      post_key: eb.fn.coalesce('post_key', eb.val(newKey)),
      intent_at: iso(now),
      claimed_at: iso(now),
    }))
    .where('channel_key', '=', key)
    .where('local_date', '=', localDate)
    .where('instance', '=', instance)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return (await findPost(db, key, localDate))?.intent?.key ?? null;
}

export async function markPosted(
  db: Db,
  key: string,
  localDate: string,
  quizId: string,
  messageRef: string | null,
): Promise<void> {
  await db
    .updateTable('posts')
    .set({
      status: 'posted',
      quiz_id: quizId,
      message_ref: messageRef,
      error: null,
      next_attempt_at: null,
    })
    .where('channel_key', '=', key)
    .where('local_date', '=', localDate)
    .execute();
}

export async function markFailed(
  db: Db,
  key: string,
  localDate: string,
  error: string,
  nextAttemptAt: Date | null,
): Promise<void> {
  await db
    .updateTable('posts')
    .set((eb) => ({
      status: 'failed',
      attempts: eb('attempts', '+', 1),
      error: error.slice(0, 300),
      next_attempt_at: nextAttemptAt ? iso(nextAttemptAt) : null,
    }))
    .where('channel_key', '=', key)
    .where('local_date', '=', localDate)
    .execute();
}

/** On shutdown: give back claims this instance holds but has not posted, so another
 * instance can post at once instead of waiting for the lease to run out. */
export async function releaseClaims(db: Db, instance: string): Promise<number> {
  // Backdating the claim makes it stale at once and keeps its attempt count.
  const result = await db
    .updateTable('posts')
    .set({ claimed_at: iso(new Date(0)) })
    .where('instance', '=', instance)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findPost(
  db: Db,
  key: string,
  localDate: string,
): Promise<(PostClaim & { quizId: string | null }) | undefined> {
  const row = await db
    .selectFrom('posts')
    .selectAll()
    .where('channel_key', '=', key)
    .where('local_date', '=', localDate)
    .executeTakeFirst();
  return row ? toPost(row) : undefined;
}
