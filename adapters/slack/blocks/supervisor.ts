// "Ask a supervisor" in Block Kit: the asker's confirmation modal, the card in the supervisors'
// channel (Claim / Answer / Close, updated in place as the request moves), the answer and close
// modals, and the answer delivered to the asker by DM with "Helpful". Only the redacted,
// confirmed question is ever drawn; the words come from commands/text.ts.
import type { SupervisorRequest } from '../../../src/core/supervisor/request.ts';
import { LIMITS } from '../limits.ts';
import { clip, esc, mention, plain } from '../mrkdwn.ts';
import { crisisBlocks } from './guidance.ts';
import { actions, type Block, context, divider, header, type Message, section } from './kit.ts';

export const SUP = {
  claim: 'sup-claim',
  answer: 'sup-answer',
  close: 'sup-close',
  helpful: 'sup-helpful',
} as const;

export const VIEW = {
  confirm: 'sup-confirm',
  answer: 'sup-answer-form',
  close: 'sup-close-form',
} as const;
