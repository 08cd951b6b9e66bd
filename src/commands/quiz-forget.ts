// Erase everything the bot keeps about this person's quiz: plan, schedule, answers, practice
// tests, leaderboard places. Asks first; "quiz forget me confirm" (or the button) does it.
import type { CoachView } from '../core/coach/outline.ts';
import { defineCommand, mistake } from './define.ts';

export const quizForget = defineCommand<
  { kind: 'quiz-forget'; confirmed: boolean },
  { kind: 'coach'; view: CoachView }
>({
  kind: 'quiz-forget',
  words: ['quiz', 'forget', 'me'],
  syntax: 'quiz forget me [confirm]',
  example: 'quiz forget me',
  what: 'erase your quiz answers, schedule and progress (asks first)',
  parse: (args) => {
    if (!args.length) return { kind: 'quiz-forget', confirmed: false };
    if (args.length === 1 && args[0]?.toLowerCase() === 'confirm')
      return { kind: 'quiz-forget', confirmed: true };
    return mistake('Type "quiz forget me", then confirm.');
  },
  run: async (s, c, ctx) => ({
    kind: 'coach',
    view: c.confirmed
      ? await s.coach.forget({ platform: ctx.platform, userId: ctx.userId })
      : s.coach.forgetConfirm(),
  }),
});
