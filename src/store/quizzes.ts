// Quizzes: a daily one per channel and local date, or a personal one.
import { randomUUID } from 'node:crypto';
import { iso } from './columns.ts';
import type { Database, Db, QuizKind } from './schema.ts';

export interface Quiz {
  id: string;
  channelKey: string;
  questionId: string;
  localDate: string | null;
  kind: QuizKind;
}

function toQuiz(row: Database['quizzes']): Quiz {
  return {
    id: row.id,
    channelKey: row.channel_key,
    questionId: row.question_id,
    localDate: row.local_date,
    kind: row.kind,
  };
}

export async function createQuiz(
  db: Db,
  quiz: Omit<Quiz, 'id'> & { id?: string },
  now: Date,
): Promise<Quiz> {
  const created = { ...quiz, id: quiz.id ?? randomUUID() };
  await db
    .insertInto('quizzes')
    .values({
      id: created.id,
      channel_key: created.channelKey,
      question_id: created.questionId,
      local_date: created.localDate,
      kind: created.kind,
      created_at: iso(now),
    })
    .execute();
  return created;
}

export async function findQuiz(db: Db, id: string): Promise<Quiz | undefined> {
  const row = await db.selectFrom('quizzes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toQuiz(row) : undefined;
}

/** The channel's daily quiz before `localDate` (the most recent one), for "yesterday's result". */
export async function previousDaily(
  db: Db,
  key: string,
  localDate: string,
): Promise<Quiz | undefined> {
  const row = await db
    .selectFrom('quizzes')
    .selectAll()
    .where('channel_key', '=', key)
    .where('kind', '=', 'daily')
    .where('local_date', '<', localDate)
    .orderBy('local_date', 'desc')
    .executeTakeFirst();
  return row ? toQuiz(row) : undefined;
}
