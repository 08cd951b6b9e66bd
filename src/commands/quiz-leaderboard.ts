// This conversation's leaderboard, which people join and leave themselves.
import type { Services } from '../services.ts';
import { channelKey } from '../store/columns.ts';
import { defineCommand, mistake } from './define.ts';

export const quizLeaderboard = defineCommand<
  { kind: 'quiz-leaderboard'; optIn: boolean | null },
  {
    kind: 'leaderboard';
    /** Set when the person just joined (true) or left (false). */
    optedIn: boolean | null;
    rows: { userId: string; correct: number; answered: number }[];
  }
>({
  kind: 'quiz-leaderboard',
  words: ['quiz', 'leaderboard'],
  syntax: 'quiz leaderboard [on|off]',
  example: 'quiz leaderboard on',
  what: "join or leave this channel's leaderboard",
  parse: (args) => {
    const v = (args[0] ?? '').toLowerCase();
    if (args.length > 1 || (v && v !== 'on' && v !== 'off'))
      return mistake('Use "on" to join the leaderboard or "off" to leave it.');
    return { kind: 'quiz-leaderboard', optIn: v ? v === 'on' : null };
  },
  run: async (services, command, ctx) => {
    const key = channelKey(ctx.platform, ctx.channel);
    if (command.optIn !== null) await services.store.setLeaderboard(key, ctx.userId, command.optIn);
    return {
      kind: 'leaderboard',
      optedIn: command.optIn,
      rows: await leaderboardRows(services, ctx.platform, ctx.channel),
    };
  },
});

/** Everyone on a conversation's leaderboard, in rank order (pages: see leaderboard.ts). */
export function leaderboardRows(services: Services, platform: string, channel: string) {
  return services.quiz.leaderboard(platform, channel);
}
