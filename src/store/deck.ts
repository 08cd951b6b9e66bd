// A channel's deck: the questions already asked in its current round.
import type { Db } from './schema.ts';

/** The deck's current round and the questions already asked in it. */
export async function deck(db: Db, key: string): Promise<{ round: number; asked: string[] }> {
  const rows = await db
    .selectFrom('deck')
    .select(['round', 'question_id'])
    .where('channel_key', '=', key)
    .execute();
  const round = rows.reduce((latest, row) => Math.max(latest, row.round), 0);
  return {
    round,
    asked: rows.filter((row) => row.round === round).map((row) => row.question_id),
  };
}

export async function markAsked(
  db: Db,
  key: string,
  round: number,
  questionId: string,
): Promise<void> {
  await db
    .insertInto('deck')
    .values({ channel_key: key, round, question_id: questionId })
    .onConflict((oc) => oc.columns(['channel_key', 'round', 'question_id']).doNothing())
    .execute();
  // Earlier rounds are no longer needed.
  await db.deleteFrom('deck').where('channel_key', '=', key).where('round', '<', round).execute();
}
