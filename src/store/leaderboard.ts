// Who opted in to a channel's leaderboard.
import { toBit } from './columns.ts';
import type { Db } from './schema.ts';

export async function setLeaderboard(
  db: Db,
  key: string,
  userId: string,
  optedIn: boolean,
): Promise<void> {
  await db
    .insertInto('leaderboard')
    .values({ channel_key: key, user_id: userId, opted_in: toBit(optedIn) })
    .onConflict((oc) =>
      oc.columns(['channel_key', 'user_id']).doUpdateSet({ opted_in: toBit(optedIn) }),
    )
    .execute();
}

export async function leaderboardUsers(db: Db, key: string): Promise<string[]> {
  const rows = await db
    .selectFrom('leaderboard')
    .select('user_id')
    .where('channel_key', '=', key)
    .where('opted_in', '=', toBit(true))
    .execute();
  return rows.map((row) => row.user_id);
}
