// Tables, as Kysely sees them. Portable types only: text and integers (booleans are 0/1,
// times are ISO-8601 UTC strings, which sort as text). No table holds raw message text.
import type { Kysely } from 'kysely';

/** A boolean stored as an integer (see columns.ts). */
export type Bit = 0 | 1;
export type QuizKind = 'daily' | 'personal';
/** "posting": the platform is being called. */
export type PostStatus = 'claimed' | 'posting' | 'posted' | 'failed';
export type AskOutcome = 'topic' | 'no-match' | 'help' | 'crisis';
export type RequestStateColumn = 'open' | 'claimed' | 'answered' | 'closed';
/** announce: the card to the supervisors' place; reannounce: once more, unclaimed; answer: the
 * answer to the asker, privately. */
export type OutboxKind = 'announce' | 'reannounce' | 'answer';
/** "sending": the platform is being called. */
export type OutboxStatus = 'pending' | 'claimed' | 'sending' | 'sent' | 'failed';

export interface Database {
  subscriptions: {
    /** "platform:channel" */
    key: string;
    platform: string;
    channel: string;
    /** Platform data needed to post later (Teams conversation reference), JSON; null for Slack. */
    reference: string | null;
    /** "HH:MM", local time in `zone`. */
    time: string;
    zone: string;
    weekdays_only: Bit;
    paused: Bit;
    created_at: string;
  };
  quizzes: {
    id: string;
    channel_key: string;
    question_id: string;
    /** The channel's local date for daily quizzes; null for a personal one. */
    local_date: string | null;
    kind: QuizKind;
    created_at: string;
  };
  /** One row a (channel, local date): who claimed the daily post and what became of it. */
  posts: {
    channel_key: string;
    local_date: string;
    status: PostStatus;
    instance: string;
    claimed_at: string;
    attempts: number;
    next_attempt_at: string | null;
    quiz_id: string | null;
    message_ref: string | null;
    error: string | null;
    /** Idempotency key sent with the post, kept for every attempt of the day. */
    post_key: string | null;
    /** When the last attempt was about to call the platform. */
    intent_at: string | null;
  };
  /** Questions asked in a channel's current round of its deck. */
  deck: {
    channel_key: string;
    round: number;
    question_id: string;
  };
  answers: {
    quiz_id: string;
    user_id: string;
    choice: number;
    correct: Bit;
    /** Local date of the quiz, for streaks. */
    local_date: string | null;
    answered_at: string;
  };
  leaderboard: {
    channel_key: string;
    user_id: string;
    opted_in: Bit;
  };
  feedback: {
    id: string;
    topic: string;
    helpful: Bit;
    platform: string;
    created_at: string;
  };
  events: {
    id: string;
    expires_at: string;
  };
  /** Unanswered questions, redacted, only when a curator turns collection on. */
  misses: {
    id: string;
    redacted: string;
    created_at: string;
  };
  /** Platform data needed to post to a conversation later (a Teams conversation reference). */
  conversations: {
    /** "platform:conversation" */
    key: string;
    platform: string;
    reference: string;
    updated_at: string;
  };
  /** One row per question answered: the topic and outcome only, for the curator report. */
  asks: {
    id: string;
    topic: string | null;
    outcome: AskOutcome;
    platform: string;
    created_at: string;
  };
  /** Questions sent to supervisors: the redacted, confirmed text only, never the raw message.
   * Deleted `retention` days after closing, or at once by a supervisor. */
  requests: {
    id: string;
    state: RequestStateColumn;
    text: string;
    urgent: Bit;
    topic: string | null;
    topic_title: string | null;
    /** Thousandths (integer), null when none. */
    confidence: number | null;
    source: string;
    /** The asker's surface and id: where the answer goes. Kept for anonymous requests too
     * (never shown); the name only when sent with it. */
    asker_platform: string;
    asker_id: string;
    asker_name: string | null;
    /** Platform data to reach the asker privately later (Teams), JSON. */
    asker_reference: string | null;
    anonymous: Bit;
    /** Where the card went: "platform:channel". */
    place: string;
    asked_at: string;
    /** When an unclaimed request is announced once more; null: never. */
    remind_at: string | null;
    reannounced_at: string | null;
    claimed_by: string | null;
    claimed_by_name: string | null;
    claimed_at: string | null;
    answer: string | null;
    answered_by: string | null;
    answered_by_name: string | null;
    answered_at: string | null;
    closed_at: string | null;
    close_reason: string | null;
    helpful: Bit;
  };
  /** What must reach a platform once: one row per (request, kind), claimed like daily posts. */
  request_outbox: {
    /** "<request id>:<kind>" */
    id: string;
    request_id: string;
    kind: OutboxKind;
    platform: string;
    /** A channel (announce) or a user id (answer). */
    target: string;
    status: OutboxStatus;
    instance: string | null;
    claimed_at: string | null;
    attempts: number;
    next_attempt_at: string;
    /** Idempotency key sent with the delivery, kept for every attempt. */
    delivery_key: string | null;
    intent_at: string | null;
    message_ref: string | null;
    error: string | null;
    created_at: string;
  };
  /** A person's daily practice question ("quiz me daily"): when, and whether held or stopped. */
  coach_plans: {
    /** "platform:userId" */
    person: string;
    platform: string;
    user_id: string;
    /** Platform data to reach the person privately (Teams personal chat), JSON. */
    reference: string | null;
    time: string;
    zone: string;
    weekdays_only: Bit;
    /** Local date the question comes again (a vacation hold). */
    paused_until: string | null;
    active: Bit;
    /** Daily questions delivered so far (paces new items). */
    delivered: number;
    last_sent_at: string | null;
    updated_at: string;
  };
  /** A person's spaced-repetition state for one question (core/coach/schedule.ts). */
  coach_items: {
    person: string;
    question_id: string;
    box: number;
    /** Local date of the next review. */
    due: string;
    answered: number;
    correct: number;
    last: string;
  };
  /** Local dates on which a person answered anything (their streak). */
  coach_days: { person: string; local_date: string };
  /** A practice test: question ids and the options chosen, as JSON arrays. */
  coach_practice: {
    id: string;
    person: string;
    question_ids: string;
    answers: string;
    started_at: string;
    ended_at: string | null;
    limit_seconds: number;
  };
}

/** The database handle every store module takes. */
export type Db = Kysely<Database>;
