// Platform event ids already handled, so a redelivered event is handled once.
import { iso } from './columns.ts';
import type { Db } from './schema.ts';

export interface DeliveryClaim {
  id: string;
  /** When the caller asked (its own clock), and how long the id stays claimed from then. */
  now: Date;
  ttlMs: number;
}

/** Rows one statement claims at most (a fixed set of statement texts for the statement cache). */
export const CLAIM_ROWS = 64;

/**
 * Claims several ids at once, one statement per CLAIM_ROWS: the ids claimed now (new, or
 * expired before `now`, the earliest clock of the claims). An id listed twice is claimed by its first listing. One statement is
 * one commit, where a statement per id cost a commit each (most of a Slack command's database
 * time on SQLite). `purge` deletes the expired ids first; an expired id still present is simply
 * claimed again.
 */
export async function claimDeliveries(
  db: Db,
  claims: readonly DeliveryClaim[],
  now: Date,
  purge: boolean,
): Promise<Set<string>> {
  if (purge) await db.deleteFrom('events').where('expires_at', '<', iso(now)).execute();
  const rows = new Map<string, string>();
  for (const c of claims)
    if (!rows.has(c.id)) rows.set(c.id, iso(new Date(c.now.getTime() + c.ttlMs)));
  const values = [...rows].map(([id, expires_at]) => ({ id, expires_at }));
  const claimed = new Set<string>();
  for (let i = 0; i < values.length; i += CLAIM_ROWS) {
    // RETURNING lists the rows inserted or updated, never one the WHERE left alone.
    const returned = await db
      .insertInto('events')
      .values(values.slice(i, i + CLAIM_ROWS))
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') }))
          .where('events.expires_at', '<', iso(now)),
      )
      .returning('id')
      .execute();
    for (const r of returned) claimed.add(r.id);
  }
  return claimed;
}
