// Carry out a command for a person on a surface and return a platform-neutral result; the
// surfaces render it (Block Kit, Adaptive Card, web console). No platform imports here.
import type { Guidance, TopicGuidance, TopicRef } from '../core/guidance.ts';
import type { QuizQuestion } from '../core/types.ts';
import type { Graded } from '../quiz/service.ts';
import type { Services } from '../services.ts';
import { channelKey } from '../store/columns.ts';
import type { Quiz } from '../store/store.ts';
import type { Command } from './parse.ts';

export interface CommandContext {
  /** "slack", "teams", "console" */
  platform: string;
  userId: string;
  /** The conversation the command came from (channel, DM, chat). */
  channel: string;
  /** Platform data needed to post to this conversation later (Teams), JSON. */
  reference?: string | null;
  now: Date;
}

export type QuizStats = Awaited<ReturnType<Services['quiz']['stats']>>;

export type CommandResult =
  | { kind: 'guidance'; guidance: Guidance }
  | { kind: 'help'; guidance: Guidance }
  | { kind: 'topics'; topics: TopicRef[] }
  | { kind: 'quiz'; quiz: Quiz; question: QuizQuestion }
  | { kind: 'subscribed'; time: string; zone: string; weekdaysOnly: boolean }
  | { kind: 'unsubscribed'; existed: boolean }
  | { kind: 'stats'; stats: QuizStats }
  | {
      kind: 'leaderboard';
      /** Set when the person just joined (true) or left (false). */
      optedIn: boolean | null;
      rows: { userId: string; correct: number; answered: number }[];
    }
  | { kind: 'usage'; problem: string; syntax: string; example: string };

export async function runCommand(
  services: Services,
  command: Command,
  ctx: CommandContext,
): Promise<CommandResult> {
  switch (command.kind) {
    case 'ask':
      return { kind: 'guidance', guidance: services.bot.answer(command.text, ctx.platform) };
    case 'help':
      return { kind: 'help', guidance: services.bot.guide.answer('help') };
    case 'topics':
      return { kind: 'topics', topics: services.bot.guide.topics };
    case 'quiz': {
      const { quiz, question } = await services.quiz.deal(ctx.platform, ctx.userId, ctx.now);
      return { kind: 'quiz', quiz, question };
    }
    case 'quiz-subscribe': {
      const { time, zone, weekdaysOnly } = command;
      await services.quiz.subscribe(
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
    }
    case 'quiz-unsubscribe':
      return {
        kind: 'unsubscribed',
        existed: await services.store.unsubscribe(ctx.platform, ctx.channel),
      };
    case 'quiz-stats':
      return { kind: 'stats', stats: await services.quiz.stats(ctx.userId, ctx.now) };
    case 'quiz-leaderboard': {
      const key = channelKey(ctx.platform, ctx.channel);
      if (command.optIn !== null)
        await services.store.setLeaderboard(key, ctx.userId, command.optIn);
      return {
        kind: 'leaderboard',
        optedIn: command.optIn,
        rows: await leaderboardRows(services, ctx.platform, ctx.channel),
      };
    }
    case 'usage':
      return command;
  }
}

/** Everyone on a conversation's leaderboard, in rank order (pages: see leaderboard.ts). */
export function leaderboardRows(services: Services, platform: string, channel: string) {
  return services.quiz.leaderboard(platform, channel);
}

/** A topic picked from a list or a "related" / "did you mean" button. */
export function showTopic(services: Services, id: string): TopicGuidance | null {
  return services.bot.guide.topic(id);
}

/** "Helpful" / "Not helpful": counted per topic, never with any text. */
export async function recordFeedback(
  services: Services,
  topicId: string,
  helpful: boolean,
  platform: string,
  now: Date,
): Promise<boolean> {
  if (!services.bot.guide.topic(topicId)) return false;
  await services.store.feedback(topicId, helpful, platform, now);
  return true;
}

/** A click on a quiz option: graded (first answer counts) with the card's new answer count. */
export async function answerQuiz(
  services: Services,
  quizId: string,
  userId: string,
  choice: number,
  now: Date,
): Promise<{ graded: Graded; results: { counts: number[]; total: number } } | null> {
  // A button's choice arrives from the platform: anything but a whole number is not an option.
  if (!Number.isInteger(choice)) return null;
  const graded = await services.quiz.answer(quizId, userId, choice, now);
  if (!graded) return null;
  return { graded, results: await services.quiz.results(quizId) };
}
