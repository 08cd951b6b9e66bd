// Stop the daily quiz in this conversation.
import { defineCommand, nothingAfter } from './define.ts';

export const quizUnsubscribe = defineCommand<
  { kind: 'quiz-unsubscribe' },
  { kind: 'unsubscribed'; existed: boolean }
>({
  kind: 'quiz-unsubscribe',
  words: ['quiz', 'unsubscribe'],
  aliases: [['quiz', 'stop']],
  syntax: 'quiz unsubscribe',
  example: 'quiz unsubscribe',
  what: 'stop the daily question here',
  parse: nothingAfter({ kind: 'quiz-unsubscribe' }, 'quiz unsubscribe'),
  run: async (s, _command, ctx) => ({
    kind: 'unsubscribed',
    existed: await s.store.unsubscribe(ctx.platform, ctx.channel),
  }),
});
