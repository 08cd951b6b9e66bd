// Carry out a command for a person on a surface and return a platform-neutral result; the
// surfaces render it (Block Kit, Adaptive Card, web console). No platform imports here.
import type { TopicGuidance } from '../core/guidance.ts';
import type { Graded } from '../quiz/service.ts';
import type { Services } from '../services.ts';
import type { CommandContext } from './define.ts';
import { COMMAND_TABLE, type Command, type CommandResult } from './index.ts';

export type { CommandContext } from './define.ts';
export type { CommandResult } from './index.ts';
export { leaderboardRows } from './quiz-leaderboard.ts';
export type { QuizStats } from './quiz-stats.ts';

export async function runCommand(
  services: Services,
  command: Command,
  ctx: CommandContext,
): Promise<CommandResult> {
  if (command.kind === 'usage') return command;
  const definition = COMMAND_TABLE.find((c) => c.kind === command.kind);
  if (!definition) throw new Error(`no command "${command.kind}"`);
  // The table pairs each kind with its command: the definition found reads this command.
  return definition.run(services, command as never, ctx);
}

/** A topic picked from a list or a "related" / "Which fits best?" button. */
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
