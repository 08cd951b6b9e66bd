// Quiz answers: the first answer of each person to each quiz.
import { fromBit, toBit } from './columns.ts';
import type { Database, Db, QuizKind } from './schema.ts';

export interface Answer {
  quizId: string;
  userId: string;
  choice: number;
  correct: boolean;
  localDate: string | null;
  answeredAt: string;
}

function toAnswer(row: Database['answers']): Answer {
  return {
    quizId: row.quiz_id,
    userId: row.user_id,
    choice: row.choice,
    correct: fromBit(row.correct),
    localDate: row.local_date,
    answeredAt: row.answered_at,
  };
}

/** Records the first answer only. Returns the answer that counts and whether it is this one. */
export async function recordAnswer(
  db: Db,
  answer: Answer,
): Promise<{ recorded: boolean; answer: Answer }> {
  const result = await db
    .insertInto('answers')
    .values({
      quiz_id: answer.quizId,
      user_id: answer.userId,
      choice: answer.choice,
      correct: toBit(answer.correct),
      local_date: answer.localDate,
      answered_at: answer.answeredAt,
    })
    .onConflict((oc) => oc.columns(['quiz_id', 'user_id']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { recorded: true, answer };
  const first = await db
    .selectFrom('answers')
    .selectAll()
    .where('quiz_id', '=', answer.quizId)
    .where('user_id', '=', answer.userId)
    .executeTakeFirstOrThrow();
  return { recorded: false, answer: toAnswer(first) };
}

/** A person's answers, oldest first, with the question and kind of quiz. */
export async function answersFor(
  db: Db,
  userId: string,
): Promise<(Answer & { questionId: string; kind: QuizKind })[]> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('quizzes', 'quizzes.id', 'answers.quiz_id')
    .selectAll('answers')
    .select(['quizzes.question_id', 'quizzes.kind'])
    .where('answers.user_id', '=', userId)
    .orderBy('answers.answered_at')
    .execute();
  return rows.map((row) => ({ ...toAnswer(row), questionId: row.question_id, kind: row.kind }));
}

/** A person's answer to one quiz (the first, which counts), or null when they have not answered. */
export async function answerOf(db: Db, quizId: string, userId: string): Promise<Answer | null> {
  const row = await db
    .selectFrom('answers')
    .selectAll()
    .where('quiz_id', '=', quizId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toAnswer(row) : null;
}

/** Who answered a quiz, first answer first (Teams refreshes their personal view). */
export async function answerers(db: Db, quizId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('answers')
    .select('user_id')
    .where('quiz_id', '=', quizId)
    .orderBy('answered_at')
    .execute();
  return rows.map((row) => row.user_id);
}

/** How many chose each option. */
export async function distribution(db: Db, quizId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('answers')
    .select(['choice', (eb) => eb.fn.countAll<number>().as('n')])
    .where('quiz_id', '=', quizId)
    .groupBy('choice')
    .execute();
  const counts = [0, 0, 0, 0];
  for (const row of rows) counts[row.choice] = Number(row.n);
  return counts;
}

/** Answers given in a channel's quizzes, by question, for weighting its deck. */
export async function channelResults(
  db: Db,
  key: string,
): Promise<{ questionId: string; correct: boolean }[]> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('quizzes', 'quizzes.id', 'answers.quiz_id')
    .select(['quizzes.question_id', 'answers.correct'])
    .where('quizzes.channel_key', '=', key)
    .execute();
  return rows.map((row) => ({ questionId: row.question_id, correct: fromBit(row.correct) }));
}
