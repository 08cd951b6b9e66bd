// Channels that get a daily quiz, and when.
import { channelKey, fromBit, iso, toBit } from './columns.ts';
import type { Db } from './schema.ts';

export interface Subscription {
  platform: string;
  channel: string;
  reference: string | null;
  /** "HH:MM" */
  time: string;
  zone: string;
  weekdaysOnly: boolean;
  paused: boolean;
}

export async function subscribe(db: Db, subscription: Subscription, now: Date): Promise<void> {
  const row = {
    key: channelKey(subscription.platform, subscription.channel),
    platform: subscription.platform,
    channel: subscription.channel,
    reference: subscription.reference,
    time: subscription.time,
    zone: subscription.zone,
    weekdays_only: toBit(subscription.weekdaysOnly),
    paused: toBit(subscription.paused),
    created_at: iso(now),
  };
  await db
    .insertInto('subscriptions')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        reference: row.reference,
        time: row.time,
        zone: row.zone,
        weekdays_only: row.weekdays_only,
        paused: row.paused,
      }),
    )
    .execute();
}

/** True when the channel was subscribed. */
export async function unsubscribe(db: Db, platform: string, channel: string): Promise<boolean> {
  const result = await db
    .deleteFrom('subscriptions')
    .where('key', '=', channelKey(platform, channel))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listSubscriptions(db: Db): Promise<Subscription[]> {
  const rows = await db.selectFrom('subscriptions').selectAll().orderBy('key').execute();
  return rows.map((row) => ({
    platform: row.platform,
    channel: row.channel,
    reference: row.reference,
    time: row.time,
    zone: row.zone,
    weekdaysOnly: fromBit(row.weekdays_only),
    paused: fromBit(row.paused),
  }));
}
