// A daily quiz question in this conversation, at a local time.

import { isValidZone, parseTime } from '../core/local-time.ts';
import { SUBSCRIBE_FORM } from '../quiz/service.ts';
import { defineCommand, type Mistake, mistake } from './define.ts';

/** "HH:MM Area/City [weekdays]", as "quiz subscribe" and "quiz me daily" take it. */
export function readDailyTime(
  args: string[],
): { time: string; zone: string; weekdaysOnly: boolean } | Mistake {
  const [given = '', zone = '', extra, ...more] = args;
  const time = /^\d:\d\d$/.test(given) ? `0${given}` : given; // 9:00 means 09:00
  if (!time || !zone) return mistake('Give a time and a time zone.');
  if (parseTime(time) === null)
    return mistake('That is not a time. Use 24-hour HH:MM, like 09:00 or 13:30.');
  if (!isValidZone(zone))
    return mistake('That is not a time zone. Use a name like America/Los_Angeles.');
  const days = (extra ?? '').toLowerCase();
  if (more.length || (days && days !== 'weekdays' && days !== 'daily'))
    return mistake('After the time zone, add "weekdays" or nothing (every day).');
  return { time, zone, weekdaysOnly: days === 'weekdays' };
}

type Subscribe = { kind: 'quiz-subscribe'; time: string; zone: string; weekdaysOnly: boolean };

export const quizSubscribe = defineCommand<
  Subscribe,
  { kind: 'subscribed'; time: string; zone: string; weekdaysOnly: boolean }
>({
  kind: 'quiz-subscribe',
  words: ['quiz', 'subscribe'],
  ...SUBSCRIBE_FORM,
  what: 'a daily question here',
  parse: (args) => {
    const read = readDailyTime(args);
    return 'problem' in read ? read : { kind: 'quiz-subscribe', ...read };
  },
  run: async (s, { time, zone, weekdaysOnly }, ctx) => {
    await s.quiz.subscribe(
      {
        platform: ctx.platform,
        channel: ctx.channel,
        reference: ctx.reference ?? null,
        time,
        zone,
        weekdaysOnly,
      },
      ctx.now,
    );
    return { kind: 'subscribed', time, zone, weekdaysOnly };
  },
});
