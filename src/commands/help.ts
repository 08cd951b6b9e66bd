// How to ask and every command ("help", "?" or nothing typed).
import type { Guidance } from '../core/guidance.ts';
import { defineCommand } from './define.ts';

export const help = defineCommand<{ kind: 'help' }, { kind: 'help'; guidance: Guidance }>({
  kind: 'help',
  words: ['help'],
  aliases: [['?']],
  syntax: 'help',
  example: 'help',
  what: 'this list',
  // "help me with a friend request" is a question.
  parse: (args) => (args.length ? null : { kind: 'help' }),
  run: (s) => ({ kind: 'help', guidance: s.bot.guide.answer('help') }),
});
