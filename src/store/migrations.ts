// Versioned migrations, applied at start by Kysely's Migrator (which holds a lock, so two
// instances starting together apply each migration once).
import type { Kysely, Migration, MigrationProvider } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('weekdays_only', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('quizzes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('channel_key', 'text', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('posts')
        .addColumn('channel_key', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('instance', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text')
        .addColumn('quiz_id', 'text')
        .addColumn('message_ref', 'text')
        .addColumn('error', 'text')
        .addPrimaryKeyConstraint('posts_pk', ['channel_key', 'local_date'])
        .execute();
      await db.schema
        .createTable('deck')
        .addColumn('channel_key', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deck_pk', ['channel_key', 'round', 'question_id'])
        .execute();
      await db.schema
        .createTable('answers')
        .addColumn('quiz_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('choice', 'integer', (c) => c.notNull())
        .addColumn('correct', 'integer', (c) => c.notNull())
        .addColumn('local_date', 'text')
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('answers_pk', ['quiz_id', 'user_id'])
        .execute();
      await db.schema.createIndex('answers_user').on('answers').column('user_id').execute();
      await db.schema
        .createTable('leaderboard')
        .addColumn('channel_key', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('opted_in', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('leaderboard_pk', ['channel_key', 'user_id'])
        .execute();
      await db.schema
        .createTable('feedback')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('misses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('redacted', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  // Where the bot may post later (Teams conversation references, stored at install) and a
  // count of questions by topic for the curator report: never the question's text.
  '0002-conversations-and-asks': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('conversations')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('asks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('topic', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('asks_created').on('asks').column('created_at').execute();
    },
  },
  // The intent to post a daily quiz, recorded before the platform is called: the key that goes
  // with the post and when it was sent, so a taker can look for it after a crash.
  '0003-post-intent': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('posts').addColumn('post_key', 'text').execute();
      await db.schema.alterTable('posts').addColumn('intent_at', 'text').execute();
    },
  },
  // Teams references stored before they were cut to what posting needs: they held the display
  // name and Entra object id of whoever installed the app or subscribed. Rewritten in place.
  '0004-teams-references-for-posting': {
    async up(db: Kysely<unknown>) {
      const tables = db as unknown as Kysely<ReferenceTables>;
      for (const table of ['subscriptions', 'conversations'] as const) {
        const rows = await tables
          .selectFrom(table)
          .select(['key', 'reference'])
          .where('platform', '=', 'teams')
          .execute();
        for (const row of rows) {
          const kept = row.reference === null ? null : postingOnly(row.reference);
          if (kept !== row.reference)
            await tables
              .updateTable(table)
              .set({ reference: kept })
              .where('key', '=', row.key)
              .execute();
        }
      }
    },
  },
  // Expired delivery ids are deleted in one statement now and then (store.ts firstDelivery):
  // without an index each deletion read the whole table, an hour of requests.
  '0005-events-expiry-index': {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('events_expires').on('events').column('expires_at').execute();
    },
  },
  // "Ask a supervisor": requests (the redacted, confirmed text only) and the outbox that
  // delivers each card and each answer once across instances.
  '0006-supervisor-requests': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('topic', 'text')
        .addColumn('topic_title', 'text')
        .addColumn('confidence', 'integer')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('asker_platform', 'text', (c) => c.notNull())
        .addColumn('asker_id', 'text', (c) => c.notNull())
        .addColumn('asker_name', 'text')
        .addColumn('asker_reference', 'text')
        .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('asked_at', 'text', (c) => c.notNull())
        .addColumn('remind_at', 'text')
        .addColumn('reannounced_at', 'text')
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_by_name', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('answer', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('answered_by_name', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('close_reason', 'text')
        .addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('requests_state').on('requests').column('state').execute();
      await db.schema.createIndex('requests_remind').on('requests').column('remind_at').execute();
      await db.schema.createIndex('requests_closed').on('requests').column('closed_at').execute();
      await db.schema
        .createTable('request_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('instance', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('delivery_key', 'text')
        .addColumn('intent_at', 'text')
        .addColumn('message_ref', 'text')
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('request_outbox_due')
        .on('request_outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('request_outbox_request')
        .on('request_outbox')
        .column('request_id')
        .execute();
    },
  },
  // The personal exam coach. A person is "platform:userId"; no table holds message text. The
  // daily delivery claims use the posts table (key "coach:<person>"), its lease and intent.
  '0007-personal-coach': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('coach_plans')
        .addColumn('person', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('weekdays_only', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('paused_until', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('delivered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_sent_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('coach_items')
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('box', 'integer', (c) => c.notNull())
        .addColumn('due', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer', (c) => c.notNull())
        .addColumn('correct', 'integer', (c) => c.notNull())
        .addColumn('last', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('coach_items_pk', ['person', 'question_id'])
        .execute();
      await db.schema
        .createTable('coach_days')
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('coach_days_pk', ['person', 'local_date'])
        .execute();
      await db.schema
        .createTable('coach_practice')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('question_ids', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .addColumn('limit_seconds', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('coach_practice_person')
        .on('coach_practice')
        .column('person')
        .execute();
    },
  },
};

interface ReferenceRow {
  key: string;
  platform: string;
  reference: string | null;
}
type ReferenceTables = { subscriptions: ReferenceRow; conversations: ReferenceRow };

/** A Teams conversation reference without the person: the fields adapters/teams/reference.ts
 * keeps, frozen here as of this migration (a migration must do the same thing forever). One
 * that does not parse is left as it was: the poster reports it, and a start must not fail. */
function postingOnly(json: string): string {
  let ref: Record<string, Record<string, unknown> | undefined>;
  try {
    ref = JSON.parse(json);
  } catch {
    return json;
  }
  if (!ref || typeof ref !== 'object') return json;
  const c = ref.conversation;
  const bot = ref.bot;
  return JSON.stringify({
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: c && {
      id: c.id,
      conversationType: c.conversationType,
      tenantId: c.tenantId,
      isGroup: c.isGroup,
    },
    bot: bot && { id: bot.id, name: bot.name },
  });
}

export const migrations: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
