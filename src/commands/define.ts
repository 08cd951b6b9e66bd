// The shape of one command: the words that start it, how help and mistakes show it, how its
// arguments are read and what it does. Each command is a file here; index.ts lists them.
import type { Services } from '../services.ts';

export interface CommandContext {
  /** "slack", "teams", "console" */
  platform: string;
  userId: string;
  /** The conversation the command came from (channel, DM, chat). */
  channel: string;
  /** Platform data needed to post to this conversation later (Teams), JSON. */
  reference?: string | null;
  now: Date;
  /** Who sees the reply: only this person in a DM, personal chat or the console ("direct"),
   * only this person in a shared place (a Slack ephemeral reply: "ephemeral"), or everyone in
   * the conversation ("shared"). Absent: "shared". Progress needs direct or ephemeral; a
   * practice test needs direct. */
  privacy?: 'direct' | 'ephemeral' | 'shared';
  /** The person's display name, when the surface has it (see ActionContext.displayName). */
  displayName?: string | null;
  /** Whether this person is one of the agency's supervisors, asked of the surface (see
   * ActionContext.supervisor). Absent: no. */
  supervisor?: () => Promise<boolean>;
}

/** A command typed wrong: what was wrong, with the command's syntax and an example. */
export interface Usage {
  kind: 'usage';
  problem: string;
  syntax: string;
  example: string;
}

/**
 * What a command's `parse` returns for a mistake; the table adds its syntax and example. The
 * problem is a fixed sentence: the reply may be public and what was typed may identify someone.
 */
export interface Mistake {
  kind: 'mistake';
  problem: string;
}

export const mistake = (problem: string): Mistake => ({ kind: 'mistake', problem });

export interface CommandDefinition<C extends { kind: string }, R extends { kind: string }> {
  kind: C['kind'];
  /** The words that start it, matched without regard to case: ['quiz', 'stats']. */
  words: readonly string[];
  /** Other words for it, not shown in help: [['quiz', 'stop']]. */
  aliases?: readonly (readonly string[])[];
  /** What follows its words is free text (a question), so commands that start with the same
   * words ("ask a supervisor" after "ask") do not make it a family with a list of choices. */
  freeText?: boolean;
  /** As help and mistakes show it, without the surface's prefix. */
  syntax: string;
  example: string;
  /** What it does, as help lists it. */
  what: string;
  /**
   * The words after `words` (`rest`: the same text, spacing kept). null: these words are not
   * this command, so the whole text is read as a question ("topics of conversation at lunch").
   */
  parse(args: string[], rest: string): C | Mistake | null;
  run(s: Services, command: C, ctx: CommandContext): R | Promise<R>;
}

export function defineCommand<C extends { kind: string }, R extends { kind: string }>(
  definition: CommandDefinition<C, R>,
): CommandDefinition<C, R> {
  return definition;
}

/** For commands that take nothing after their words. */
export function nothingAfter<const C extends { kind: string }>(
  command: C,
  words: string,
): (args: string[]) => C | Mistake {
  return (args) => (args.length ? mistake(`"${words}" takes nothing after it.`) : command);
}
