// What a person typed after "/boundary" (Slack), to the bot (Teams) or in the console, as a
// command. Platform-neutral: the surfaces add their own prefix when they show the syntax.
// A mistake is explained without quoting what was typed: the reply may be public (a channel
// thread) and the words may identify someone.
import { detectCrisis } from '../core/safety/crisis.ts';
import { isValidZone, parseTime } from '../schedule/local-time.ts';

export type Command =
  | { kind: 'ask'; text: string }
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'quiz' }
  | { kind: 'quiz-subscribe'; time: string; zone: string; weekdaysOnly: boolean }
  | { kind: 'quiz-unsubscribe' }
  | { kind: 'quiz-stats' }
  | { kind: 'quiz-leaderboard'; optIn: boolean | null }
  | { kind: 'usage'; problem: string; syntax: string; example: string };

/** Every command, as the help and the mistakes show it (without the platform's prefix). */
export const SYNTAX = {
  ask: { syntax: '<your question>', example: 'a client offered me a gift card' },
  help: { syntax: 'help', example: 'help' },
  topics: { syntax: 'topics', example: 'topics' },
  quiz: { syntax: 'quiz', example: 'quiz' },
  subscribe: {
    syntax: 'quiz subscribe HH:MM Area/City [weekdays]',
    example: 'quiz subscribe 09:00 America/Los_Angeles weekdays',
  },
  unsubscribe: { syntax: 'quiz unsubscribe', example: 'quiz unsubscribe' },
  stats: { syntax: 'quiz stats', example: 'quiz stats' },
  leaderboard: { syntax: 'quiz leaderboard [on|off]', example: 'quiz leaderboard on' },
} as const;

const QUIZ_SUBCOMMANDS = 'quiz, quiz subscribe, quiz unsubscribe, quiz stats, quiz leaderboard';

function usage(problem: string, which: keyof typeof SYNTAX): Command {
  return { kind: 'usage', problem, ...SYNTAX[which] };
}

export function parseCommand(input: string): Command {
  const command = parseWords(input.trim());
  // A mistyped command that speaks of danger ("quiz my client wants to kill herself") is a
  // question: the crisis protocol comes before any syntax help.
  return command.kind === 'usage' && detectCrisis(input).crisis ? ask(input.trim()) : command;
}

function parseWords(text: string): Command {
  const words = text.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase();
  if (!text || first === 'help' || text === '?')
    return words.length <= 1 ? { kind: 'help' } : ask(text);
  if (first === 'topics' && words.length === 1) return { kind: 'topics' };
  if (first === 'ask') {
    const rest = text.slice(words[0]?.length ?? 0).trim();
    return rest ? { kind: 'ask', text: rest } : usage('Add your question after "ask".', 'ask');
  }
  if (first !== 'quiz') return ask(text);
  const sub = (words[1] ?? '').toLowerCase();
  const args = words.slice(2);
  switch (sub) {
    case '':
      return { kind: 'quiz' };
    case 'subscribe':
      return subscribe(args);
    case 'unsubscribe':
    case 'stop':
      return args.length
        ? usage('"quiz unsubscribe" takes nothing after it.', 'unsubscribe')
        : { kind: 'quiz-unsubscribe' };
    case 'stats':
      return args.length
        ? usage('"quiz stats" takes nothing after it.', 'stats')
        : { kind: 'quiz-stats' };
    case 'leaderboard': {
      const v = (args[0] ?? '').toLowerCase();
      if (args.length > 1 || (v && v !== 'on' && v !== 'off'))
        return usage('Use "on" to join the leaderboard or "off" to leave it.', 'leaderboard');
      return { kind: 'quiz-leaderboard', optIn: v ? v === 'on' : null };
    }
    default:
      return usage(`That is not a quiz command. Try: ${QUIZ_SUBCOMMANDS}.`, 'quiz');
  }
}

function ask(text: string): Command {
  return { kind: 'ask', text };
}

function subscribe(args: string[]): Command {
  const [given = '', zone = '', extra, ...more] = args;
  const time = /^\d:\d\d$/.test(given) ? `0${given}` : given; // 9:00 means 09:00
  if (!time || !zone) return usage('Give a time and a time zone.', 'subscribe');
  if (parseTime(time) === null)
    return usage('That is not a time. Use 24-hour HH:MM, like 09:00 or 13:30.', 'subscribe');
  if (!isValidZone(zone))
    return usage('That is not a time zone. Use a name like America/Los_Angeles.', 'subscribe');
  const days = (extra ?? '').toLowerCase();
  if (more.length || (days && days !== 'weekdays' && days !== 'daily'))
    return usage('After the time zone, add "weekdays" or nothing (every day).', 'subscribe');
  return { kind: 'quiz-subscribe', time, zone, weekdaysOnly: days === 'weekdays' };
}
