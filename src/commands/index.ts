// Every command, in the order help lists them. A new command is a file here, one line below
// and a case in each surface's renderer (the compiler points at them: the switches are
// exhaustive over CommandResult).
import { ask } from './ask.ts';
import { askSupervisor } from './ask-supervisor.ts';
import type { Usage } from './define.ts';
import { help } from './help.ts';
import { quiz } from './quiz.ts';
import { quizForget } from './quiz-forget.ts';
import { quizLeaderboard } from './quiz-leaderboard.ts';
import { quizMeDaily, quizMePause, quizMeStop } from './quiz-me.ts';
import { quizPractice } from './quiz-practice.ts';
import { quizProgress } from './quiz-progress.ts';
import { quizStats } from './quiz-stats.ts';
import { quizSubscribe } from './quiz-subscribe.ts';
import { quizUnsubscribe } from './quiz-unsubscribe.ts';
import { requests } from './requests.ts';
import { sources } from './sources.ts';
import { topics } from './topics.ts';

export const COMMAND_TABLE = [
  ask,
  topics,
  sources,
  quiz,
  quizSubscribe,
  quizUnsubscribe,
  quizStats,
  quizLeaderboard,
  quizMeDaily,
  quizMePause,
  quizMeStop,
  quizProgress,
  quizPractice,
  quizForget,
  askSupervisor,
  requests,
  help,
] as const;

export type CommandDefinitions = (typeof COMMAND_TABLE)[number];

/** What a person typed, read as one of the commands (or a mistake, explained). */
export type Command =
  | Exclude<ReturnType<CommandDefinitions['parse']>, { kind: 'mistake' } | null>
  | Usage;

/** What a command did, for the surfaces to render. */
export type CommandResult = Awaited<ReturnType<CommandDefinitions['run']>> | Usage;

/** Every command with what it does, in the order help lists them. */
export const COMMANDS: { syntax: string; what: string }[] = COMMAND_TABLE.map((c) => ({
  syntax: c.syntax,
  what: c.what,
}));
