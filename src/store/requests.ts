// Requests to supervisors. Every change of state is one conditional update (or a transaction
// with the outbox row it causes), so a replayed click, two supervisors at once or two
// instances cannot both win: the loser reads the row and is told what happened.
import type { ExpressionBuilder } from 'kysely';
import type {
  EscalationSource,
  RequestState,
  SupervisorRequest,
} from '../core/supervisor/request.ts';
import { fromBit, iso, toBit } from './columns.ts';
import type { Database, Db, OutboxKind } from './schema.ts';

export type RequestRow = Database['requests'];

/** A stored request, with what only the server side needs (where to reach the asker). */
export interface StoredRequest extends SupervisorRequest {
  /** Kept for anonymous requests too (never shown): where the answer goes. */
  askerAddress: { platform: string; userId: string; reference: string | null };
  anonymous: boolean;
  /** "platform:channel" of the supervisors' place. */
  place: string;
  remindAt: string | null;
}

export interface NewRequest {
  id: string;
  text: string;
  urgent: boolean;
  topic: { id: string; title: string } | null;
  confidence: number | null;
  from: EscalationSource;
  asker: { platform: string; userId: string; name: string | null; reference: string | null };
  anonymous: boolean;
  place: { platform: string; channel: string };
  askedAt: Date;
  remindAt: Date | null;
}

export function toRequest(row: RequestRow): StoredRequest {
  const anonymous = fromBit(row.anonymous);
  return {
    id: row.id,
    state: row.state,
    text: row.text,
    urgent: fromBit(row.urgent),
    topic: row.topic ? { id: row.topic, title: row.topic_title ?? row.topic } : null,
    confidence: row.confidence === null ? null : row.confidence / 1000,
    from: row.source as EscalationSource,
    asker: anonymous
      ? null
      : { platform: row.asker_platform, userId: row.asker_id, name: row.asker_name },
    askedAt: row.asked_at,
    claimedBy: row.claimed_by ? { userId: row.claimed_by, name: row.claimed_by_name } : null,
    claimedAt: row.claimed_at,
    answer:
      row.answer !== null && row.answered_by && row.answered_at
        ? {
            text: row.answer,
            by: { userId: row.answered_by, name: row.answered_by_name },
            at: row.answered_at,
          }
        : null,
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    helpful: fromBit(row.helpful),
    reannouncedAt: row.reannounced_at,
    askerAddress: {
      platform: row.asker_platform,
      userId: row.asker_id,
      reference: row.asker_reference,
    },
    anonymous,
    place: row.place,
    remindAt: row.remind_at,
  };
}

function outboxRow(
  requestId: string,
  kind: OutboxKind,
  platform: string,
  target: string,
  now: Date,
): Database['request_outbox'] {
  return {
    id: `${requestId}:${kind}`,
    request_id: requestId,
    kind,
    platform,
    target,
    status: 'pending',
    instance: null,
    claimed_at: null,
    attempts: 0,
    next_attempt_at: iso(now),
    delivery_key: null,
    intent_at: null,
    message_ref: null,
    error: null,
    created_at: iso(now),
  };
}

/**
 * Store a confirmed request and queue its card for the supervisors' place, together. False
 * when a request with this id exists already (a replayed Send): nothing is added.
 */
export async function createRequest(db: Db, r: NewRequest): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('requests')
      .values({
        id: r.id,
        state: 'open',
        text: r.text,
        urgent: toBit(r.urgent),
        topic: r.topic?.id ?? null,
        topic_title: r.topic?.title ?? null,
        confidence: r.confidence === null ? null : Math.round(r.confidence * 1000),
        source: r.from,
        asker_platform: r.asker.platform,
        asker_id: r.asker.userId,
        asker_name: r.anonymous ? null : r.asker.name,
        asker_reference: r.asker.reference,
        anonymous: toBit(r.anonymous),
        place: `${r.place.platform}:${r.place.channel}`,
        asked_at: iso(r.askedAt),
        remind_at: r.remindAt ? iso(r.remindAt) : null,
        reannounced_at: null,
        claimed_by: null,
        claimed_by_name: null,
        claimed_at: null,
        answer: null,
        answered_by: null,
        answered_by_name: null,
        answered_at: null,
        closed_at: null,
        close_reason: null,
        helpful: 0,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await trx
      .insertInto('request_outbox')
      .values(outboxRow(r.id, 'announce', r.place.platform, r.place.channel, r.askedAt))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return true;
  });
}

export async function findRequest(db: Db, id: string): Promise<StoredRequest | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

/** Requests in a state, newest first (urgent ones first among open and claimed). */
export async function listRequests(
  db: Db,
  state: RequestState,
  limit = 50,
): Promise<StoredRequest[]> {
  const rows = await db
    .selectFrom('requests')
    .selectAll()
    .where('state', '=', state)
    .orderBy('urgent', 'desc')
    .orderBy('asked_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRequest);
}

type Who = { userId: string; name: string | null };

/** Claim an open request. True when this call claimed it (or the same person already had). */
export async function claimRequest(db: Db, id: string, who: Who, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('requests')
    .set({
      state: 'claimed',
      claimed_by: who.userId,
      claimed_by_name: who.name,
      claimed_at: iso(now),
    })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  const r = await findRequest(db, id);
  return r?.state === 'claimed' && r.claimedBy?.userId === who.userId;
}

/**
 * Answer a request that is open, or claimed by this person, and queue the answer for the
 * asker, together. False when the request moved on (answered, closed, someone else's).
 */
export async function answerRequest(
  db: Db,
  id: string,
  who: Who,
  text: string,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('requests')
      .set((eb) => ({
        state: 'answered',
        answer: text,
        answered_by: who.userId,
        answered_by_name: who.name,
        answered_at: iso(now),
        closed_at: iso(now),
        claimed_by: eb.fn.coalesce('claimed_by', eb.val(who.userId)),
        claimed_by_name: eb.fn.coalesce('claimed_by_name', eb.val(who.name)),
        claimed_at: eb.fn.coalesce('claimed_at', eb.val(iso(now))),
      }))
      .where('id', '=', id)
      .where(openOrClaimedBy(who.userId))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    const row = await trx
      .selectFrom('requests')
      .select(['asker_platform', 'asker_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('request_outbox')
      .values(outboxRow(id, 'answer', row.asker_platform, row.asker_id, now))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return true;
  });
}

/** Only an open request, or one this person claimed, can be answered or closed by them. */
const openOrClaimedBy = (userId: string) => (eb: ExpressionBuilder<Database, 'requests'>) =>
  eb.or([
    eb('state', '=', 'open'),
    eb.and([eb('state', '=', 'claimed'), eb('claimed_by', '=', userId)]),
  ]);

/** Close without an answer: open, or claimed by this person. */
export async function closeRequest(
  db: Db,
  id: string,
  who: Who,
  reason: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('requests')
    .set({ state: 'closed', close_reason: reason, closed_at: iso(now) })
    .where('id', '=', id)
    .where(openOrClaimedBy(who.userId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Delete a request and anything still queued for it, at once. True when it existed. */
export async function deleteRequest(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('request_outbox').where('request_id', '=', id).execute();
    const result = await trx.deleteFrom('requests').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/** "Helpful" on the answer, by the person who asked; counted once. */
export async function markHelpful(
  db: Db,
  id: string,
  asker: { platform: string; userId: string },
): Promise<boolean> {
  const result = await db
    .updateTable('requests')
    .set({ helpful: 1 })
    .where('id', '=', id)
    .where('state', '=', 'answered')
    .where('helpful', '=', 0)
    .where('asker_platform', '=', asker.platform)
    .where('asker_id', '=', asker.userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Queue the one re-announcement of each open request whose reminder is due. The conditional
 * update decides it once across instances; returns the ids queued by this call.
 */
export async function queueReminders(db: Db, now: Date, limit = 50): Promise<string[]> {
  const due = await db
    .selectFrom('requests')
    .select(['id', 'place'])
    .where('state', '=', 'open')
    .where('reannounced_at', 'is', null)
    .where('remind_at', '<=', iso(now))
    .limit(limit)
    .execute();
  const queued: string[] = [];
  for (const r of due)
    await db.transaction().execute(async (trx) => {
      const won = await trx
        .updateTable('requests')
        .set({ reannounced_at: iso(now) })
        .where('id', '=', r.id)
        .where('state', '=', 'open')
        .where('reannounced_at', 'is', null)
        .executeTakeFirst();
      if (Number(won.numUpdatedRows) === 0) return;
      const at = r.place.indexOf(':');
      await trx
        .insertInto('request_outbox')
        .values(outboxRow(r.id, 'reannounce', r.place.slice(0, at), r.place.slice(at + 1), now))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      queued.push(r.id);
    });
  return queued;
}

/** Delete requests answered or closed before `before`, and their outbox rows. */
export async function purgeRequests(db: Db, before: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const old = trx
      .selectFrom('requests')
      .select('id')
      .where('state', 'in', ['answered', 'closed'])
      .where('closed_at', '<', iso(before));
    await trx.deleteFrom('request_outbox').where('request_id', 'in', old).execute();
    const result = await trx
      .deleteFrom('requests')
      .where('state', 'in', ['answered', 'closed'])
      .where('closed_at', '<', iso(before))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

/** The answered requests of one asker, newest first (their inbox in the console). */
export async function answeredFor(
  db: Db,
  asker: { platform: string; userId: string },
  limit = 20,
): Promise<StoredRequest[]> {
  const rows = await db
    .selectFrom('requests')
    .selectAll()
    .where('asker_platform', '=', asker.platform)
    .where('asker_id', '=', asker.userId)
    .where('state', '=', 'answered')
    .orderBy('answered_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRequest);
}
