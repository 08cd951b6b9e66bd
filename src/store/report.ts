// The curator report's counts, each over a time range [from, to).
import { fromBit, iso } from './columns.ts';
import type { AskOutcome, Db } from './schema.ts';

/** Questions by outcome and topic (no text is stored, only these counts). */
export async function askCountsBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ outcome: AskOutcome; topic: string | null; count: number }[]> {
  const rows = await db
    .selectFrom('asks')
    .select(['outcome', 'topic', (eb) => eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', iso(from))
    .where('created_at', '<', iso(to))
    .groupBy(['outcome', 'topic'])
    .execute();
  return rows
    .map((row) => ({ outcome: row.outcome, topic: row.topic, count: Number(row.n) }))
    .sort((a, b) => `${a.outcome}:${a.topic}`.localeCompare(`${b.outcome}:${b.topic}`));
}

/** Helpful / not helpful clicks by topic. */
export async function feedbackBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ topic: string; helpful: number; notHelpful: number }[]> {
  const rows = await db
    .selectFrom('feedback')
    .select(['topic', 'helpful', (eb) => eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', iso(from))
    .where('created_at', '<', iso(to))
    .groupBy(['topic', 'helpful'])
    .execute();
  const byTopic = new Map<string, { topic: string; helpful: number; notHelpful: number }>();
  for (const row of rows) {
    const counts = byTopic.get(row.topic) ?? { topic: row.topic, helpful: 0, notHelpful: 0 };
    if (fromBit(row.helpful)) counts.helpful += Number(row.n);
    else counts.notHelpful += Number(row.n);
    byTopic.set(row.topic, counts);
  }
  return [...byTopic.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

/** Quiz answers by question: how many, how many correct. Nobody's id leaves the store. */
export async function quizResultsBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ questionId: string; answered: number; correct: number }[]> {
  const rows = await db
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
  return rows.map((row) => ({
    questionId: row.question_id,
    answered: Number(row.n),
    correct: Number(row.right),
  }));
}

/** Unanswered questions (stored redacted), oldest first. */
export async function missesBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ text: string; at: string }[]> {
  const rows = await db
    .selectFrom('misses')
    .select(['redacted', 'created_at'])
    .where('created_at', '>=', iso(from))
    .where('created_at', '<', iso(to))
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ text: row.redacted, at: row.created_at }));
}

/** Requests to supervisors asked in the range: state, topic and times only (no text, no
 * person), for counts and the time to a first answer. */
export async function requestFactsBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ state: string; topic: string | null; askedAt: string; answeredAt: string | null }[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['state', 'topic', 'asked_at', 'answered_at'])
    .where('asked_at', '>=', iso(from))
    .where('asked_at', '<', iso(to))
    .execute();
  return rows.map((r) => ({
    state: r.state,
    topic: r.topic,
    askedAt: r.asked_at,
    answeredAt: r.answered_at,
  }));
}
