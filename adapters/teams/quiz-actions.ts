// Quiz clicks. An answer is graded once (the first counts), the clicker gets their personal
// view as the invoke response (only their client shows it), and the shared card is updated
// with the new count and the clicker added to `refresh.userIds`, so Teams keeps fetching
// their own view for them while everyone else keeps seeing the question.
import { answerQuiz } from '../../src/commands/run.ts';
import { shownSection } from '../../src/core/knowledge/citations.ts';
import type { Services } from '../../src/services.ts';
import type { Quiz } from '../../src/store/store.ts';
import type { Card } from './cards/elements.ts';
import {
  MAX_REFRESH_USERS,
  type PersonalResult,
  personalQuizCard,
  type QuizCardInput,
  quizCard,
} from './cards/quiz.ts';

/** The people who answered, oldest first: the last 60 get their own view refreshed. */
async function answeredBy(s: Services, quizId: string): Promise<string[]> {
  return (await s.store.answerers(quizId)).slice(-MAX_REFRESH_USERS);
}

export async function quizCardInput(s: Services, quiz: Quiz): Promise<QuizCardInput | null> {
  const question = s.quiz.question(quiz.questionId);
  if (!question) return null;
  const { total } = await s.quiz.results(quiz.id);
  return {
    quizId: quiz.id,
    kind: quiz.kind,
    question,
    total,
    previous: await s.quiz.previous(quiz),
    answeredBy: await answeredBy(s, quiz.id),
  };
}

export type QuizClick =
  | { kind: 'answered'; personal: Card; shared: Card }
  | { kind: 'view'; card: Card }
  | { kind: 'gone' };

/** A click on an option. */
export async function answerClick(
  s: Services,
  quizId: string,
  userId: string,
  choice: number,
): Promise<QuizClick> {
  const done = await answerQuiz(s, quizId, userId, choice, s.now());
  const quiz = await s.store.quiz(quizId);
  const input = quiz && (await quizCardInput(s, quiz));
  if (!done || !input) return { kind: 'gone' };
  const { graded } = done;
  const result: PersonalResult = {
    choice: graded.choice,
    correct: graded.correct,
    first: graded.first,
    source: graded.source,
    streak: graded.streak,
  };
  return { kind: 'answered', personal: personalQuizCard(input, result), shared: quizCard(input) };
}

/** A refresh from Teams (automatic for the people in `userIds`, or "Refresh" from the menu):
 * the person's own view when they answered, the shared card otherwise. */
export async function viewClick(s: Services, quizId: string, userId: string): Promise<QuizClick> {
  const quiz = await s.store.quiz(quizId);
  const input = quiz && (await quizCardInput(s, quiz));
  if (!input) return { kind: 'gone' };
  const mine = (await s.store.answersFor(userId)).find((a) => a.quizId === quizId);
  if (!mine) return { kind: 'view', card: quizCard(input) };
  const src = s.bot.kb.sources.get(input.question.source.id);
  return {
    kind: 'view',
    card: personalQuizCard(input, {
      choice: mine.choice,
      correct: mine.correct,
      first: true,
      source: {
        title: src?.title ?? input.question.source.id,
        section: shownSection(input.question.source),
      },
      streak: null,
    }),
  };
}
