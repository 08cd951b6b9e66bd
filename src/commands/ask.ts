// A question in the person's own words: "ask …", or any text that is not another command.
import type { Guidance } from '../core/guidance.ts';
import type { EscalationOffer } from '../core/supervisor/offer.ts';
import { defineCommand, mistake } from './define.ts';

export type AskCommand = { kind: 'ask'; text: string };

/** `escalate`: "Ask a supervisor" for this reply (pass it to guidanceOutline), or null. */
export type GuidanceResult = {
  kind: 'guidance';
  guidance: Guidance;
  escalate: EscalationOffer | null;
};

export const ask = defineCommand<AskCommand, GuidanceResult>({
  kind: 'ask',
  words: ['ask'],
  freeText: true,
  syntax: '<your question>',
  example: 'a client offered me a gift card',
  what: 'guidance on a situation, in your own words',
  parse: (_args, rest) =>
    rest ? { kind: 'ask', text: rest } : mistake('Add your question after "ask".'),
  run: (s, command, ctx) => {
    const guidance = s.bot.answer(command.text, ctx.platform);
    return { kind: 'guidance', guidance, escalate: s.supervisors.offer(command.text, guidance) };
  },
});
