// Personal exam practice: one question a day in a DM or personal chat, at the person's own time
// and zone; a vacation hold; stop. The coach (coach/service.ts) keeps the plan.
import type { CoachView } from '../core/coach/outline.ts';
import { defineCommand, mistake, nothingAfter } from './define.ts';
import { readDailyTime } from './quiz-subscribe.ts';

type Coach = { kind: 'coach'; view: CoachView };

/** The longest vacation hold, in days. */
export const MAX_PAUSE_DAYS = 90;

export const quizMeDaily = defineCommand<
  { kind: 'quiz-me-daily'; time: string; zone: string; weekdaysOnly: boolean },
  Coach
>({
  kind: 'quiz-me-daily',
  words: ['quiz', 'me', 'daily'],
  syntax: 'quiz me daily HH:MM Area/City [weekdays]',
  example: 'quiz me daily 07:30 America/Los_Angeles weekdays',
  what: 'your own practice question every day, privately, with spaced repetition',
  parse: (args) => {
    const read = readDailyTime(args);
    return 'problem' in read ? read : { kind: 'quiz-me-daily', ...read };
  },
  run: async (s, c, ctx) => ({
    kind: 'coach',
    view: await s.coach.setPlan(
      { platform: ctx.platform, userId: ctx.userId },
      {
        time: c.time,
        zone: c.zone,
        weekdaysOnly: c.weekdaysOnly,
        // Where the person can be reached later: a personal chat's reference, or (Teams) the
        // channel's, from which the poster opens a personal chat (a reference holds no user data).
        reference: ctx.reference ?? null,
      },
      ctx.now,
    ),
  }),
});

export const quizMePause = defineCommand<{ kind: 'quiz-me-pause'; days: number }, Coach>({
  kind: 'quiz-me-pause',
  words: ['quiz', 'me', 'pause'],
  syntax: 'quiz me pause DAYS',
  example: 'quiz me pause 7',
  what: 'hold your daily question for a number of days (a vacation)',
  parse: (args) => {
    const [n, ...more] = args;
    const days = Number(n);
    if (more.length || !n || !/^\d+$/.test(n) || days < 1 || days > MAX_PAUSE_DAYS)
      return mistake(`Give a number of days from 1 to ${MAX_PAUSE_DAYS}.`);
    return { kind: 'quiz-me-pause', days };
  },
  run: async (s, c, ctx) => ({
    kind: 'coach',
    view: await s.coach.pause({ platform: ctx.platform, userId: ctx.userId }, c.days, ctx.now),
  }),
});

export const quizMeStop = defineCommand<{ kind: 'quiz-me-stop' }, Coach>({
  kind: 'quiz-me-stop',
  words: ['quiz', 'me', 'stop'],
  syntax: 'quiz me stop',
  example: 'quiz me stop',
  what: 'stop your daily question (your progress is kept)',
  parse: nothingAfter({ kind: 'quiz-me-stop' }, 'quiz me stop'),
  run: async (s, _c, ctx) => ({
    kind: 'coach',
    view: await s.coach.stop({ platform: ctx.platform, userId: ctx.userId }, ctx.now),
  }),
});
