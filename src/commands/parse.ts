// What a person typed after "/boundary" (Slack), to the bot (Teams) or in the console, as a
// command from the table in index.ts: the longest run of a command's words starts the text,
// and that command reads the rest. Anything else is a question.
// A mistake is explained without quoting what was typed: the reply may be public (a channel
// thread) and the words may identify someone.
import { detectCrisis } from '../core/safety/crisis.ts';
import type { Usage } from './define.ts';
import { COMMAND_TABLE, type Command, type CommandDefinitions } from './index.ts';

export type { Command } from './index.ts';

export function parseCommand(input: string): Command {
  const command = parseWords(input.trim());
  // A mistyped command that speaks of danger ("quiz my client wants to kill herself") is a
  // question: the crisis protocol comes before any syntax help.
  return command.kind === 'usage' && detectCrisis(input).crisis ? ask(input.trim()) : command;
}

function parseWords(text: string): Command {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { kind: 'help' };
  const found = longestMatch(words.map((w) => w.toLowerCase()));
  if (!found) return ask(text);
  const { command, used } = found;
  const args = words.slice(used);
  const family = subcommands(command);
  if (args.length && family.length > 1 && !command.freeText) {
    const name = command.words.join(' ');
    const names = family.map((c) => c.words.join(' ')).join(', ');
    return usage(command, `That is not a ${name} command. Try: ${names}.`);
  }
  const parsed = command.parse(args, after(text, used));
  if (parsed === null) return ask(text);
  return parsed.kind === 'mistake' ? usage(command, parsed.problem) : parsed;
}

function longestMatch(words: string[]): { command: CommandDefinitions; used: number } | null {
  let best: { command: CommandDefinitions; used: number } | null = null;
  for (const command of COMMAND_TABLE)
    for (const spelling of [command.words, ...(command.aliases ?? [])])
      if (startsWith(words, spelling) && spelling.length > (best?.used ?? 0))
        best = { command, used: spelling.length };
  return best;
}

/** The command and those whose words start with its words ("quiz", "quiz stats"…), in order. */
function subcommands(command: CommandDefinitions): CommandDefinitions[] {
  return COMMAND_TABLE.filter((c) => startsWith(c.words, command.words));
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

/** The text after its first `n` words, spacing inside kept. */
function after(text: string, n: number): string {
  let rest = text;
  for (let i = 0; i < n; i++) rest = rest.trimStart().replace(/^\S+/, '');
  return rest.trim();
}

function usage(command: CommandDefinitions, problem: string): Usage {
  return { kind: 'usage', problem, syntax: command.syntax, example: command.example };
}

function ask(text: string): Command {
  return { kind: 'ask', text };
}
