// A card button's verb and data, read into an Action. Data comes back from the client as it
// was put on the card, but is checked like any input: what cannot be read is "unknown".
import type { Action } from '../../src/commands/actions.ts';
import { VERB } from './cards/elements.ts';

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
    default:
      return UNKNOWN;
  }
}
