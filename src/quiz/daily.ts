// A channel's daily quiz for one local date: chosen once from the channel's deck and kept, so
// the scheduler's post, a retry, another instance and the console's card all show the same one.
// Two callers racing to create it both end up with the one that was stored first.
import { nextQuestion } from '../core/quiz.ts';
import type { QuizQuestion } from '../core/types.ts';
import type { Quiz, Store } from '../store/store.ts';

export async function dailyQuiz(
  store: Store,
  questions: readonly QuizQuestion[],
  random: () => number,
  key: string,
  localDate: string,
  now: Date,
): Promise<{ quiz: Quiz; question: QuizQuestion }> {
  const id = `daily:${key}:${localDate}`;
  let quiz = await store.quiz(id);
  if (!quiz) {
    const pick = nextQuestion(
      questions,
      await store.deck(key),
      await store.channelResults(key),
      random,
    );
    try {
      quiz = await store.createQuiz(
        { id, channelKey: key, questionId: pick.question.id, localDate, kind: 'daily' },
        now,
      );
      await store.markAsked(key, pick.round, pick.question.id);
    } catch (error) {
      quiz = await store.quiz(id); // another caller created it first
      if (!quiz) throw error;
    }
  }
  const question = questions.find((q) => q.id === quiz.questionId);
  if (!question) throw new Error(`question ${quiz.questionId} is no longer in the quiz`);
  return { quiz, question };
}
