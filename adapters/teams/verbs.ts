// A card button's verb and data, read into an Action. Data comes back from the client as it
// was put on the card, but is checked like any input: what cannot be read is "unknown".
import type { Action } from '../../src/commands/actions.ts';
import { readCoachAction } from '../../src/commands/coach-payload.ts';
import type { EscalationSource } from '../../src/core/supervisor/request.ts';
import { VERB } from './cards/elements.ts';
import { IDENTITY, SUP_INPUT, SUP_VERB } from './cards/supervisor.ts';

const UNKNOWN: Action = { kind: 'unknown' };

export function decodeAction(verb: string, data: unknown): Action {
  const fields = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const topicId = typeof fields.topicId === 'string' ? fields.topicId : null;
  const quizId = typeof fields.quizId === 'string' ? fields.quizId : null;
  switch (verb) {
    case VERB.topic:
      return topicId ? { kind: 'topic', topicId } : UNKNOWN;
    case VERB.feedback:
      return topicId ? { kind: 'feedback', topicId, helpful: fields.helpful === true } : UNKNOWN;
    case VERB.answer:
      return quizId ? { kind: 'quiz-answer', quizId, choice: Number(fields.choice) } : UNKNOWN;
    case VERB.view:
      return quizId ? { kind: 'quiz-view', quizId } : UNKNOWN;
    case VERB.leaderboard:
      return { kind: 'leaderboard-page', page: Number(fields.page) };
    case VERB.coach:
      return readCoachAction(data) ?? UNKNOWN;
    default:
      return decodeSupervisor(verb, fields);
  }
}

const SOURCES: readonly string[] = ['miss', 'low-confidence', 'not-helpful', 'choices', 'command'];
const source = (v: unknown): EscalationSource =>
  (SOURCES.includes(v as string) ? v : 'command') as EscalationSource;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** "Ask a supervisor": the inputs' values arrive merged into the data (Action.Execute). */
function decodeSupervisor(verb: string, d: Record<string, unknown>): Action {
  const requestId = str(d.requestId);
  switch (verb) {
    case VERB.askSupervisor:
      return { kind: 'supervisor-preview', text: str(d.draft), from: source(d.from) };
    case SUP_VERB.send:
      return {
        kind: 'supervisor-send',
        draftId: str(d.draftId),
        text: str(d[SUP_INPUT.question]),
        anonymous: d[SUP_INPUT.identity] === IDENTITY.anonymous,
        from: source(d.from),
        crisisShown: d.crisisShown === true,
      };
    case SUP_VERB.cancel:
      return { kind: 'supervisor-cancel' };
  }
  if (!requestId) return UNKNOWN;
  switch (verb) {
    case SUP_VERB.claim:
      return { kind: 'request-claim', requestId };
    // Close opens its form after the same check as Answer (the same people may do both).
    case SUP_VERB.answerForm:
    case SUP_VERB.closeForm:
    case SUP_VERB.view:
      return { kind: 'request-answer-form', requestId };
    case SUP_VERB.answer:
      return { kind: 'request-answer', requestId, text: str(d[SUP_INPUT.answer]) };
    case SUP_VERB.close:
      return { kind: 'request-close', requestId, reason: str(d[SUP_INPUT.reason]) };
    case SUP_VERB.delete:
      return { kind: 'request-delete', requestId };
    case SUP_VERB.draft:
      return { kind: 'request-draft', requestId, as: 'example' };
    case SUP_VERB.helpful:
      return { kind: 'request-helpful', requestId };
    default:
      return UNKNOWN;
  }
}
