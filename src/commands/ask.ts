// A question in the person's own words: "ask …", or any text that is not another command.
import type { Guidance } from '../core/guidance.ts';
import { defineCommand, mistake } from './define.ts';

export type AskCommand = { kind: 'ask'; text: string };

export const ask = defineCommand<AskCommand, { kind: 'guidance'; guidance: Guidance }>({
  kind: 'ask',
  words: ['ask'],
  syntax: '<your question>',
  example: 'a client offered me a gift card',
  what: 'guidance on a situation, in your own words',
  parse: (_args, rest) =>
    rest ? { kind: 'ask', text: rest } : mistake('Add your question after "ask".'),
  run: (s, command, ctx) => ({
    kind: 'guidance',
    guidance: s.bot.answer(command.text, ctx.platform),
  }),
});
