// The one store interface, the same on SQLite and PostgreSQL (one set of Kysely queries).
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { type Dialect, openDatabase, type StoreLocation } from './open.ts';
import type { Database } from './schema.ts';

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

export interface Quiz {
  id: string;
  channelKey: string;
  questionId: string;
  localDate: string | null;
  kind: 'daily' | 'personal';
}

export interface Answer {
  quizId: string;
  userId: string;
  choice: number;
  correct: boolean;
  localDate: string | null;
  answeredAt: string;
}

export interface PostClaim {
  channelKey: string;
  localDate: string;
  status: 'claimed' | 'posting' | 'posted' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  /** Set once an attempt was about to call the platform: the key sent with the post and when. */
  intent: { key: string; at: string } | null;
}

export const channelKey = (platform: string, channel: string) => `${platform}:${channel}`;
const iso = (d: Date) => d.toISOString();

export async function createStore(where: StoreLocation) {
  const { db, dialect } = await openDatabase(where);
  return new Store(db, dialect);
}

/** How often expired delivery ids are deleted (see firstDelivery). */
const EVENTS_PURGE_MS = 60_000;

export class Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
  ) {}

  /** For /readyz: resolves when the database answers. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // Subscriptions ---------------------------------------------------------------------------

  async subscribe(s: Subscription, now: Date): Promise<void> {
    const row = {
      key: channelKey(s.platform, s.channel),
      platform: s.platform,
      channel: s.channel,
      reference: s.reference,
      time: s.time,
      zone: s.zone,
      weekdays_only: s.weekdaysOnly ? 1 : 0,
      paused: s.paused ? 1 : 0,
      created_at: iso(now),
    };
    await this.db
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

  async unsubscribe(platform: string, channel: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('subscriptions')
      .where('key', '=', channelKey(platform, channel))
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async subscriptions(): Promise<Subscription[]> {
    const rows = await this.db.selectFrom('subscriptions').selectAll().orderBy('key').execute();
    return rows.map((r) => ({
      platform: r.platform,
      channel: r.channel,
      reference: r.reference,
      time: r.time,
      zone: r.zone,
      weekdaysOnly: r.weekdays_only === 1,
      paused: r.paused === 1,
    }));
  }

  // Daily posts: claim once per (channel, local date) -----------------------------------------

  /**
   * Claim the day's post. True for exactly one caller: the first, or one taking over a claim
   * whose instance went quiet (older than `leaseMs`, also in the middle of posting), or a
   * failed post whose retry is due. The earlier intent, if any, stays on the row.
   */
  async claimPost(
    key: string,
    localDate: string,
    instance: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean> {
    const inserted = await this.db
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
    const taken = await this.db
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
  async recordIntent(
    key: string,
    localDate: string,
    instance: string,
    now: Date,
    newKey: string,
  ): Promise<string | null> {
    const r = await this.db
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
    if (Number(r.numUpdatedRows) === 0) return null;
    return (await this.post(key, localDate))?.intent?.key ?? null;
  }

  async markPosted(
    key: string,
    localDate: string,
    quizId: string,
    messageRef: string | null,
  ): Promise<void> {
    await this.db
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

  async markFailed(
    key: string,
    localDate: string,
    error: string,
    nextAttemptAt: Date | null,
  ): Promise<void> {
    await this.db
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
  async releaseClaims(instance: string): Promise<number> {
    // Backdating the claim makes it stale at once and keeps its attempt count.
    const r = await this.db
      .updateTable('posts')
      .set({ claimed_at: new Date(0).toISOString() })
      .where('instance', '=', instance)
      .where('status', '=', 'claimed')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async post(
    key: string,
    localDate: string,
  ): Promise<(PostClaim & { quizId: string | null }) | undefined> {
    const r = await this.db
      .selectFrom('posts')
      .selectAll()
      .where('channel_key', '=', key)
      .where('local_date', '=', localDate)
      .executeTakeFirst();
    return r ? { ...toPost(r), quizId: r.quiz_id } : undefined;
  }

  // Quizzes, decks and answers --------------------------------------------------------------

  async createQuiz(q: Omit<Quiz, 'id'> & { id?: string }, now: Date): Promise<Quiz> {
    const quiz = { ...q, id: q.id ?? randomUUID() };
    await this.db
      .insertInto('quizzes')
      .values({
        id: quiz.id,
        channel_key: quiz.channelKey,
        question_id: quiz.questionId,
        local_date: quiz.localDate,
        kind: quiz.kind,
        created_at: iso(now),
      })
      .execute();
    return quiz;
  }

  async quiz(id: string): Promise<Quiz | undefined> {
    const r = await this.db
      .selectFrom('quizzes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r
      ? {
          id: r.id,
          channelKey: r.channel_key,
          questionId: r.question_id,
          localDate: r.local_date,
          kind: r.kind as Quiz['kind'],
        }
      : undefined;
  }

  /** The channel's daily quiz before `localDate` (the most recent one), for "yesterday's result". */
  async previousDaily(key: string, localDate: string): Promise<Quiz | undefined> {
    const r = await this.db
      .selectFrom('quizzes')
      .select('id')
      .where('channel_key', '=', key)
      .where('kind', '=', 'daily')
      .where('local_date', '<', localDate)
      .orderBy('local_date', 'desc')
      .executeTakeFirst();
    return r ? this.quiz(r.id) : undefined;
  }

  /** The deck's current round and the questions already asked in it. */
  async deck(key: string): Promise<{ round: number; asked: string[] }> {
    const rows = await this.db
      .selectFrom('deck')
      .select(['round', 'question_id'])
      .where('channel_key', '=', key)
      .execute();
    const round = rows.reduce((m, r) => Math.max(m, r.round), 0);
    return { round, asked: rows.filter((r) => r.round === round).map((r) => r.question_id) };
  }

  async markAsked(key: string, round: number, questionId: string): Promise<void> {
    await this.db
      .insertInto('deck')
      .values({ channel_key: key, round, question_id: questionId })
      .onConflict((oc) => oc.columns(['channel_key', 'round', 'question_id']).doNothing())
      .execute();
    // Earlier rounds are no longer needed.
    await this.db
      .deleteFrom('deck')
      .where('channel_key', '=', key)
      .where('round', '<', round)
      .execute();
  }

  /** Records the first answer only. Returns the answer that counts and whether it is this one. */
  async answer(a: Answer): Promise<{ recorded: boolean; answer: Answer }> {
    const r = await this.db
      .insertInto('answers')
      .values({
        quiz_id: a.quizId,
        user_id: a.userId,
        choice: a.choice,
        correct: a.correct ? 1 : 0,
        local_date: a.localDate,
        answered_at: a.answeredAt,
      })
      .onConflict((oc) => oc.columns(['quiz_id', 'user_id']).doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) return { recorded: true, answer: a };
    const first = await this.db
      .selectFrom('answers')
      .selectAll()
      .where('quiz_id', '=', a.quizId)
      .where('user_id', '=', a.userId)
      .executeTakeFirstOrThrow();
    return { recorded: false, answer: toAnswer(first) };
  }

  async answersFor(userId: string): Promise<(Answer & { questionId: string; kind: string })[]> {
    const rows = await this.db
      .selectFrom('answers')
      .innerJoin('quizzes', 'quizzes.id', 'answers.quiz_id')
      .selectAll('answers')
      .select(['quizzes.question_id', 'quizzes.kind'])
      .where('answers.user_id', '=', userId)
      .orderBy('answers.answered_at')
      .execute();
    return rows.map((r) => ({ ...toAnswer(r), questionId: r.question_id, kind: r.kind }));
  }

  /** Who answered a quiz, first answer first (Teams refreshes their personal view). */
  async answerers(quizId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('answers')
      .select('user_id')
      .where('quiz_id', '=', quizId)
      .orderBy('answered_at')
      .execute();
    return rows.map((r) => r.user_id);
  }

  /** How many chose each option. */
  async distribution(quizId: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('answers')
      .select(['choice', (eb) => eb.fn.countAll<number>().as('n')])
      .where('quiz_id', '=', quizId)
      .groupBy('choice')
      .execute();
    const counts = [0, 0, 0, 0];
    for (const r of rows) counts[r.choice] = Number(r.n);
    return counts;
  }

  /** Answers given in a channel's quizzes, by question, for weighting its deck. */
  async channelResults(key: string): Promise<{ questionId: string; correct: boolean }[]> {
    const rows = await this.db
      .selectFrom('answers')
      .innerJoin('quizzes', 'quizzes.id', 'answers.quiz_id')
      .select(['quizzes.question_id', 'answers.correct'])
      .where('quizzes.channel_key', '=', key)
      .execute();
    return rows.map((r) => ({ questionId: r.question_id, correct: r.correct === 1 }));
  }

  async setLeaderboard(key: string, userId: string, optedIn: boolean): Promise<void> {
    await this.db
      .insertInto('leaderboard')
      .values({ channel_key: key, user_id: userId, opted_in: optedIn ? 1 : 0 })
      .onConflict((oc) =>
        oc.columns(['channel_key', 'user_id']).doUpdateSet({ opted_in: optedIn ? 1 : 0 }),
      )
      .execute();
  }

  async leaderboardUsers(key: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('leaderboard')
      .select('user_id')
      .where('channel_key', '=', key)
      .where('opted_in', '=', 1)
      .execute();
    return rows.map((r) => r.user_id);
  }

  // Feedback, de-duplication, misses ----------------------------------------------------------

  async feedback(topic: string, helpful: boolean, platform: string, now: Date): Promise<void> {
    await this.db
      .insertInto('feedback')
      .values({ id: randomUUID(), topic, helpful: helpful ? 1 : 0, platform, created_at: iso(now) })
      .execute();
  }

  async feedbackCounts(): Promise<{ topic: string; helpful: number; notHelpful: number }[]> {
    const rows = await this.db.selectFrom('feedback').select(['topic', 'helpful']).execute();
    const by = new Map<string, { topic: string; helpful: number; notHelpful: number }>();
    for (const r of rows) {
      const e = by.get(r.topic) ?? { topic: r.topic, helpful: 0, notHelpful: 0 };
      if (r.helpful) e.helpful++;
      else e.notHelpful++;
      by.set(r.topic, e);
    }
    return [...by.values()].sort((a, b) => a.topic.localeCompare(b.topic));
  }

  /** True the first time an event id is seen (until it expires); false for a repeat. */
  /** When expired delivery ids were last deleted (ms since the epoch). */
  private eventsPurgedAt = Number.NEGATIVE_INFINITY;

  async firstDelivery(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    // Expired ids are deleted together at most once a minute, not on every request: a row
    // that has expired but is still there is simply claimed again (the update below).
    if (now.getTime() - this.eventsPurgedAt >= EVENTS_PURGE_MS) {
      this.eventsPurgedAt = now.getTime();
      await this.db.deleteFrom('events').where('expires_at', '<', iso(now)).execute();
    }
    const expires = iso(new Date(now.getTime() + ttlMs));
    const r = await this.db
      .insertInto('events')
      .values({ id: eventId, expires_at: expires })
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({ expires_at: expires })
          .where('events.expires_at', '<', iso(now)),
      )
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async missesSince(since: Date): Promise<string[]> {
    const rows = await this.db
      .selectFrom('misses')
      .select('redacted')
      .where('created_at', '>=', iso(since))
      .orderBy('created_at')
      .execute();
    return rows.map((r) => r.redacted);
  }

  /** Remember how to reach a conversation later (e.g. a Teams conversation reference). */
  async saveReference(platform: string, conversation: string, reference: string, now: Date) {
    const key = channelKey(platform, conversation);
    await this.db
      .insertInto('conversations')
      .values({ key, platform, reference, updated_at: iso(now) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ reference, updated_at: iso(now) }))
      .execute();
  }

  async reference(platform: string, conversation: string): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('key', '=', channelKey(platform, conversation))
      .executeTakeFirst();
    return r?.reference;
  }

  /** Count questions by outcome and topic for the curator report, never their text; the bot
   * batches them (src/ask-counter.ts). */
  async recordAsks(
    asks: { outcome: string; topic: string | null; platform: string; at: Date }[],
  ): Promise<void> {
    if (!asks.length) return;
    await this.db
      .insertInto('asks')
      .values(
        asks.map((a) => ({
          id: randomUUID(),
          topic: a.topic,
          outcome: a.outcome,
          platform: a.platform,
          created_at: iso(a.at),
        })),
      )
      .execute();
  }

  /** Store an unanswered question for curators. The caller passes it already redacted. */
  async saveMiss(redacted: string, now: Date): Promise<void> {
    await this.db
      .insertInto('misses')
      .values({ id: randomUUID(), redacted, created_at: iso(now) })
      .execute();
  }
  // Curator report: counts in a time range [from, to) ---------------------------------------

  /** Questions by outcome and topic (no text is stored, only these counts). */
  async askCountsBetween(
    from: Date,
    to: Date,
  ): Promise<{ outcome: string; topic: string | null; count: number }[]> {
    const rows = await this.db
      .selectFrom('asks')
      .select(['outcome', 'topic', (eb) => eb.fn.countAll<number>().as('n')])
      .where('created_at', '>=', iso(from))
      .where('created_at', '<', iso(to))
      .groupBy(['outcome', 'topic'])
      .execute();
    return rows
      .map((r) => ({ outcome: r.outcome, topic: r.topic, count: Number(r.n) }))
      .sort((a, b) => `${a.outcome}:${a.topic}`.localeCompare(`${b.outcome}:${b.topic}`));
  }

  /** Helpful / not helpful clicks by topic. */
  async feedbackBetween(
    from: Date,
    to: Date,
  ): Promise<{ topic: string; helpful: number; notHelpful: number }[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .select(['topic', 'helpful', (eb) => eb.fn.countAll<number>().as('n')])
      .where('created_at', '>=', iso(from))
      .where('created_at', '<', iso(to))
      .groupBy(['topic', 'helpful'])
      .execute();
    const by = new Map<string, { topic: string; helpful: number; notHelpful: number }>();
    for (const r of rows) {
      const e = by.get(r.topic) ?? { topic: r.topic, helpful: 0, notHelpful: 0 };
      if (r.helpful) e.helpful += Number(r.n);
      else e.notHelpful += Number(r.n);
      by.set(r.topic, e);
    }
    return [...by.values()].sort((a, b) => a.topic.localeCompare(b.topic));
  }

  /** Quiz answers by question: how many, how many correct. Nobody's id leaves the store. */
  async quizResultsBetween(
    from: Date,
    to: Date,
  ): Promise<{ questionId: string; answered: number; correct: number }[]> {
    const rows = await this.db
      .selectFrom('answers')
      .innerJoin('quizzes', 'quizzes.id', 'answers.quiz_id')
      .select([
        'quizzes.question_id',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('answers.correct').as('right'),
      ])
      .where('answers.answered_at', '>=', iso(from))
      .where('answers.answered_at', '<', iso(to))
      .groupBy('quizzes.question_id')
      .orderBy('quizzes.question_id')
      .execute();
    return rows.map((r) => ({
      questionId: r.question_id,
      answered: Number(r.n),
      correct: Number(r.right),
    }));
  }

  /** Unanswered questions (stored redacted), oldest first. */
  async missesBetween(from: Date, to: Date): Promise<{ text: string; at: string }[]> {
    const rows = await this.db
      .selectFrom('misses')
      .select(['redacted', 'created_at'])
      .where('created_at', '>=', iso(from))
      .where('created_at', '<', iso(to))
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ text: r.redacted, at: r.created_at }));
  }
}

function toPost(r: Database['posts']): PostClaim {
  return {
    channelKey: r.channel_key,
    localDate: r.local_date,
    status: r.status as PostClaim['status'],
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    intent: r.post_key && r.intent_at ? { key: r.post_key, at: r.intent_at } : null,
  };
}

function toAnswer(r: Database['answers']): Answer {
  return {
    quizId: r.quiz_id,
    userId: r.user_id,
    choice: r.choice,
    correct: r.correct === 1,
    localDate: r.local_date,
    answeredAt: r.answered_at,
  };
}
