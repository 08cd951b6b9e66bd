// A practice question now, for the person who asked. Words after "quiz" that are no quiz
// command are answered by parseCommand with the list of quiz commands.
import type { QuizQuestion } from '../core/types.ts';
import type { Quiz } from '../store/store.ts';
import { defineCommand } from './define.ts';

export const quiz = defineCommand<
  { kind: 'quiz' },
  { kind: 'quiz'; quiz: Quiz; question: QuizQuestion }
>({
  kind: 'quiz',
  words: ['quiz'],
  syntax: 'quiz',
  example: 'quiz',
  what: 'a practice question now, just for you',
  parse: () => ({ kind: 'quiz' }),
  run: async (s, _command, ctx) => {
    const { quiz, question } = await s.quiz.deal(ctx.platform, ctx.userId, ctx.now);
    return { kind: 'quiz', quiz, question };
  },
});
