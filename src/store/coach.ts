// The personal exam coach's tables: plans, per-person item state, active days, practice tests,
// and erasure of everything about a person. A person is "platform:userId" (personKey).

import type { PracticeSession } from '../core/coach/practice.ts';
import type { ItemState } from '../core/coach/schedule.ts';
import type { DailyPlan } from '../core/coach/timing.ts';
import { fromBit, iso, toBit } from './columns.ts';
import type { Database, Db } from './schema.ts';

export const personKey = (platform: string, userId: string) => `${platform}:${userId}`;
/** The key of a person's daily deliveries in the posts table (claims, leases, intents). */
export const deliveryKey = (person: string) => `coach:${person}`;
/** The channel key of a person's daily questions in the quizzes table. */
export const coachChannel = (platform: string, userId: string) => `${platform}:coach:${userId}`;

export interface StoredPlan extends DailyPlan {
  person: string;
  platform: string;
  userId: string;
  reference: string | null;
  delivered: number;
  lastSentAt: string | null;
}

const toPlan = (r: Database['coach_plans']): StoredPlan => ({
  person: r.person,
  platform: r.platform,
  userId: r.user_id,
  reference: r.reference,
  time: r.time,
  zone: r.zone,
  weekdaysOnly: fromBit(r.weekdays_only),
  pausedUntil: r.paused_until,
  active: fromBit(r.active),
  delivered: r.delivered,
  lastSentAt: r.last_sent_at,
});

/** Start or change a plan: active, no hold; counts and the last delivery are kept. */
export async function savePlan(
  db: Db,
  p: {
    platform: string;
    userId: string;
    reference: string | null;
    time: string;
    zone: string;
    weekdaysOnly: boolean;
  },
  now: Date,
): Promise<void> {
  const values = {
    time: p.time,
    zone: p.zone,
    weekdays_only: toBit(p.weekdaysOnly),
    paused_until: null,
    active: toBit(true),
    updated_at: iso(now),
  };
  await db
    .insertInto('coach_plans')
    .values({
      person: personKey(p.platform, p.userId),
      platform: p.platform,
      user_id: p.userId,
      reference: p.reference,
      delivered: 0,
      ...values,
    })
    .onConflict((oc) =>
      oc.column('person').doUpdateSet((eb) => ({
        ...values,
        // A reference from a personal chat replaces the old one; elsewhere the old one stays.
        reference: eb.fn.coalesce('excluded.reference', 'coach_plans.reference'),
      })),
    )
    .execute();
}

export async function findPlan(db: Db, person: string): Promise<StoredPlan | null> {
  const r = await db
    .selectFrom('coach_plans')
    .selectAll()
    .where('person', '=', person)
    .executeTakeFirst();
  return r ? toPlan(r) : null;
}

/** Every plan that may be due (active), for the dispatcher's pass. */
export async function activePlans(db: Db): Promise<StoredPlan[]> {
  const rows = await db
    .selectFrom('coach_plans')
    .selectAll()
    .where('active', '=', toBit(true))
    .execute();
  return rows.map(toPlan);
}

export async function updatePlan(
  db: Db,
  person: string,
  change: { pausedUntil?: string | null; active?: boolean },
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('coach_plans')
    .set({
      ...(change.pausedUntil !== undefined ? { paused_until: change.pausedUntil } : {}),
      ...(change.active !== undefined ? { active: toBit(change.active) } : {}),
      updated_at: iso(now),
    })
    .where('person', '=', person)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** After a daily delivery: counted, and when (the minimum gap). */
export async function planDelivered(db: Db, person: string, now: Date): Promise<void> {
  await db
    .updateTable('coach_plans')
    .set((eb) => ({ delivered: eb('delivered', '+', 1), last_sent_at: iso(now) }))
    .where('person', '=', person)
    .execute();
}

export async function itemStates(db: Db, person: string): Promise<ItemState[]> {
  const rows = await db
    .selectFrom('coach_items')
    .selectAll()
    .where('person', '=', person)
    .execute();
  return rows.map((r) => ({
    questionId: r.question_id,
    box: r.box,
    due: r.due,
    answered: r.answered,
    correct: r.correct,
    last: r.last,
  }));
}

export async function itemState(
  db: Db,
  person: string,
  questionId: string,
): Promise<ItemState | null> {
  const r = await db
    .selectFrom('coach_items')
    .selectAll()
    .where('person', '=', person)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return r
    ? {
        questionId: r.question_id,
        box: r.box,
        due: r.due,
        answered: r.answered,
        correct: r.correct,
        last: r.last,
      }
    : null;
}

/** Save an item's new state and mark the day active (for the streak). */
export async function saveItemState(db: Db, person: string, s: ItemState): Promise<void> {
  const values = { box: s.box, due: s.due, answered: s.answered, correct: s.correct, last: s.last };
  await db
    .insertInto('coach_items')
    .values({ person, question_id: s.questionId, ...values })
    .onConflict((oc) => oc.columns(['person', 'question_id']).doUpdateSet(values))
    .execute();
  await db
    .insertInto('coach_days')
    .values({ person, local_date: s.last })
    .onConflict((oc) => oc.columns(['person', 'local_date']).doNothing())
    .execute();
}

export async function activeDays(db: Db, person: string): Promise<string[]> {
  const rows = await db
    .selectFrom('coach_days')
    .select('local_date')
    .where('person', '=', person)
    .execute();
  return rows.map((r) => r.local_date);
}

export async function savePractice(db: Db, person: string, s: PracticeSession): Promise<void> {
  const values = {
    answers: JSON.stringify(s.answers),
    ended_at: s.endedAt,
  };
  await db
    .insertInto('coach_practice')
    .values({
      id: s.id,
      person,
      question_ids: JSON.stringify(s.questionIds),
      started_at: s.startedAt,
      limit_seconds: s.limitSeconds,
      ...values,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

/** Record one answer only if the stored session still has `before` (two clicks at once: one
 * wins). True when this call's state was stored. */
export async function updatePractice(
  db: Db,
  s: PracticeSession,
  before: PracticeSession,
): Promise<boolean> {
  const r = await db
    .updateTable('coach_practice')
    .set({ answers: JSON.stringify(s.answers), ended_at: s.endedAt })
    .where('id', '=', s.id)
    .where('answers', '=', JSON.stringify(before.answers))
    .where((eb) =>
      before.endedAt ? eb('ended_at', '=', before.endedAt) : eb('ended_at', 'is', null),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function findPractice(
  db: Db,
  id: string,
): Promise<{ person: string; session: PracticeSession } | null> {
  const r = await db
    .selectFrom('coach_practice')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    person: r.person,
    session: {
      id: r.id,
      questionIds: JSON.parse(r.question_ids) as string[],
      answers: JSON.parse(r.answers) as (number | null)[],
      startedAt: r.started_at,
      endedAt: r.ended_at,
      limitSeconds: r.limit_seconds,
    },
  };
}

/** Practice tests started before `before` (their answers already moved the person's items). */
export async function purgePractice(db: Db, before: Date): Promise<number> {
  const r = await db
    .deleteFrom('coach_practice')
    .where('started_at', '<', iso(before))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Erase everything about a person: their plan, item states, active days, practice tests, daily
 * delivery records and personal questions, their quiz answers on this platform (channel cards
 * included) and their leaderboard places. Aggregates already written elsewhere (the curator
 * report's counts) hold no person. Returns how many rows went.
 */
export async function forgetPerson(db: Db, platform: string, userId: string): Promise<number> {
  const person = personKey(platform, userId);
  return db.transaction().execute(async (tx) => {
    let n = 0;
    const count = (r: { numDeletedRows: bigint }) => {
      n += Number(r.numDeletedRows);
    };
    count(await tx.deleteFrom('coach_plans').where('person', '=', person).executeTakeFirst());
    count(await tx.deleteFrom('coach_items').where('person', '=', person).executeTakeFirst());
    count(await tx.deleteFrom('coach_days').where('person', '=', person).executeTakeFirst());
    count(await tx.deleteFrom('coach_practice').where('person', '=', person).executeTakeFirst());
    count(
      await tx
        .deleteFrom('posts')
        .where('channel_key', '=', deliveryKey(person))
        .executeTakeFirst(),
    );
    // Answers carry no platform: this platform's are those to its quizzes.
    count(
      await tx
        .deleteFrom('answers')
        .where('user_id', '=', userId)
        .where('quiz_id', 'in', (eb) =>
          eb.selectFrom('quizzes').select('id').where('channel_key', 'like', `${platform}:%`),
        )
        .executeTakeFirst(),
    );
    const own = [coachChannel(platform, userId), `${platform}:personal:${userId}`];
    count(await tx.deleteFrom('deck').where('channel_key', 'in', own).executeTakeFirst());
    count(await tx.deleteFrom('quizzes').where('channel_key', 'in', own).executeTakeFirst());
    count(
      await tx
        .deleteFrom('leaderboard')
        .where('user_id', '=', userId)
        .where('channel_key', 'like', `${platform}:%`)
        .executeTakeFirst(),
    );
    return n;
  });
}
