// The person's own answers and streak.
import type { Services } from '../services.ts';
import { defineCommand, nothingAfter } from './define.ts';

export type QuizStats = Awaited<ReturnType<Services['quiz']['stats']>>;

export const quizStats = defineCommand<{ kind: 'quiz-stats' }, { kind: 'stats'; stats: QuizStats }>(
  {
    kind: 'quiz-stats',
    words: ['quiz', 'stats'],
    syntax: 'quiz stats',
    example: 'quiz stats',
    what: 'your answers and streak',
    parse: nothingAfter({ kind: 'quiz-stats' }, 'quiz stats'),
    run: async (s, _command, ctx) => ({
      kind: 'stats',
      stats: await s.quiz.stats(ctx.userId, ctx.now),
    }),
  },
);
