// How to reach a conversation later (e.g. a Teams conversation reference).
import { channelKey, iso } from './columns.ts';
import type { Db } from './schema.ts';

export async function saveReference(
  db: Db,
  platform: string,
  conversation: string,
  reference: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('conversations')
    .values({ key: channelKey(platform, conversation), platform, reference, updated_at: iso(now) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ reference, updated_at: iso(now) }))
    .execute();
}

export async function findReference(
  db: Db,
  platform: string,
  conversation: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('conversations')
    .select('reference')
    .where('key', '=', channelKey(platform, conversation))
    .executeTakeFirst();
  return row?.reference;
}
