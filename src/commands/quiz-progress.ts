// A person's readiness: accuracy and mastery by exam area and topic, items due, the streak and
// three topics to review. Shown only where nobody else sees it.
import type { CoachView } from '../core/coach/outline.ts';
import { COACH } from '../core/copy.ts';
import { defineCommand, nothingAfter } from './define.ts';

export const quizProgress = defineCommand<
  { kind: 'quiz-progress' },
  { kind: 'coach'; view: CoachView }
>({
  kind: 'quiz-progress',
  words: ['quiz', 'progress'],
  syntax: 'quiz progress',
  example: 'quiz progress',
  what: 'your exam practice by area and topic, and what to review next (only you see it)',
  parse: nothingAfter({ kind: 'quiz-progress' }, 'quiz progress'),
  run: async (s, _c, ctx) => {
    if (ctx.privacy !== 'direct' && ctx.privacy !== 'ephemeral')
      return { kind: 'coach', view: { kind: 'notice', text: COACH.progressPrivately } };
    const readiness = await s.coach.readiness(
      { platform: ctx.platform, userId: ctx.userId },
      ctx.now,
    );
    return { kind: 'coach', view: { kind: 'readiness', readiness } };
  },
});
