// When a reply offers "Ask a supervisor", and the draft its button carries: the question
// redacted at once (the button travels through the platform, so it never carries identifiers;
// when the redacted words may still identify someone the draft is empty and the person types
// the question again). Offered on an honest miss, on "Which fits best?", on a low-confidence
// answer, and after "Not helpful"; only when supervisors are configured.
import { SUPERVISOR } from '../copy.ts';
import type { Guidance } from '../guidance.ts';
import { redact } from '../safety/identifiers.ts';
import { risky } from '../safety/keep-question.ts';
import { MAX_QUESTION } from './outline.ts';
import type { EscalationSource } from './request.ts';

/** Below this confidence an answer offers a supervisor too. */
export const LOW_CONFIDENCE = 0.6;

export interface EscalationOffer {
  from: EscalationSource;
  label: string;
  /** The question, redacted, for the preview's edit box; may be empty. */
  draft: string;
}

/** The draft a button may carry: redacted, cut to MAX_QUESTION, empty when still risky. */
export function draftOf(text: string): string {
  const { text: redacted } = redact(text);
  return risky(redacted) ? '' : redacted.trim().slice(0, MAX_QUESTION);
}

export function escalationOffer(
  g: Pick<Guidance, 'miss' | 'choices' | 'topic' | 'confidence'>,
  text: string,
  configured: boolean,
): EscalationOffer | null {
  if (!configured) return null;
  const from: EscalationSource | null = g.miss
    ? 'miss'
    : g.choices.length
      ? 'choices'
      : g.topic && (g.confidence ?? 0) < LOW_CONFIDENCE
        ? 'low-confidence'
        : null;
  return from ? { from, label: SUPERVISOR.askButton, draft: draftOf(text) } : null;
}

/** After "Not helpful": the person types the question (the click carries no text). */
export function notHelpfulOffer(configured: boolean): EscalationOffer | null {
  return configured ? { from: 'not-helpful', label: SUPERVISOR.askButton, draft: '' } : null;
}
