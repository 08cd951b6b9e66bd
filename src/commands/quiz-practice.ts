// A timed practice test in a DM: N questions drawn across the exam areas, one at a time, with a
// summary and the wrong items at the end.
import type { CoachView } from '../core/coach/outline.ts';
import { PRACTICE_LIMITS } from '../core/coach/practice.ts';
import { COACH } from '../core/copy.ts';
import { defineCommand, mistake } from './define.ts';

export const quizPractice = defineCommand<
  { kind: 'quiz-practice'; count: number },
  { kind: 'coach'; view: CoachView }
>({
  kind: 'quiz-practice',
  words: ['quiz', 'practice'],
  syntax: `quiz practice [${PRACTICE_LIMITS.min}-${PRACTICE_LIMITS.max}]`,
  example: 'quiz practice 20',
  what: 'a timed practice test, one question at a time, in a direct message',
  parse: (args) => {
    const [n, ...more] = args;
    if (!n) return { kind: 'quiz-practice', count: PRACTICE_LIMITS.default };
    const count = Number(n);
    if (
      more.length ||
      !/^\d+$/.test(n) ||
      count < PRACTICE_LIMITS.min ||
      count > PRACTICE_LIMITS.max
    )
      return mistake(
        `Give a number of questions from ${PRACTICE_LIMITS.min} to ${PRACTICE_LIMITS.max}, or nothing for ${PRACTICE_LIMITS.default}.`,
      );
    return { kind: 'quiz-practice', count };
  },
  run: async (s, c, ctx) => {
    if (ctx.privacy !== 'direct')
      return { kind: 'coach', view: { kind: 'notice', text: COACH.practiceInDm } };
    return {
      kind: 'coach',
      view: await s.coach.startPractice(
        { platform: ctx.platform, userId: ctx.userId },
        c.count,
        ctx.now,
      ),
    };
  },
});
