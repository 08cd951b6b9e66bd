// Action ids and button values. A value carries ids only (topic id, quiz id + choice), never
// anything a person typed.
import type { Action } from '../../src/commands/actions.ts';
import { parseCoachValue } from '../../src/commands/coach-payload.ts';
import { HELP_EXAMPLES } from '../../src/core/guide.ts';

export const ACTION = {
  topic: 'topic-show',
  topics: 'topics-list',
  feedback: 'feedback',
  share: 'share',
  more: 'topic-more',
  quiz: 'quiz-answer',
  askSupervisor: 'sup-ask',
  /** The personal coach's buttons; the value is the action's JSON (ids and a choice only). */
  coach: 'coach',
  /** A suggested question (Messages tab, App Home): the value is its index, not its words. */
  askExample: 'ask-example',
  /** "Send me this in a DM" under a private answer (shortcuts.ts has its own listener). */
  sendToDm: 'ask-dm',
} as const;

/** The suggested questions of a first conversation: the first three of help's examples. */
export const SUGGESTED = HELP_EXAMPLES.slice(0, 3);

/** Action ids must be unique within a message: a suffix tells the buttons apart. */
export const actionId = (kind: string, suffix: string | number) => `${kind}:${suffix}`;

const UNKNOWN: Action = { kind: 'unknown' };

/** A click, read from its action id (its kind before the ":") and value. An id of a kind the
 * app no longer has, or a value that cannot be read, is "unknown". */
export function decodeAction(id: string, value: string): Action {
  switch (id.split(':')[0]) {
    case ACTION.topic:
      return { kind: 'topic', topicId: value };
    case ACTION.share:
      return { kind: 'share', topicId: value };
    case ACTION.topics:
      return { kind: 'topics' };
    case ACTION.more: {
      const more = parseMoreValue(value);
      return more ? { kind: 'more', ...more } : UNKNOWN;
    }
    case ACTION.feedback: {
      const feedback = parseFeedbackValue(value);
      return feedback ? { kind: 'feedback', ...feedback } : UNKNOWN;
    }
    case ACTION.askExample: {
      const text = SUGGESTED[Number(value)];
      return /^\d+$/.test(value) && text ? { kind: 'ask', text, from: 'typed' } : UNKNOWN;
    }
    case ACTION.quiz: {
      const answer = parseQuizValue(value);
      return answer ? { kind: 'quiz-answer', ...answer } : UNKNOWN;
    }
    case ACTION.coach:
      return parseCoachValue(value) ?? UNKNOWN;
    default:
      return UNKNOWN;
  }
}

export const quizValue = (quizId: string, choice: number) => `${quizId}|${choice}`;

export function parseQuizValue(value: string): { quizId: string; choice: number } | null {
  const at = value.lastIndexOf('|');
  const choice = Number(value.slice(at + 1));
  if (at < 1 || !Number.isInteger(choice)) return null;
  return { quizId: value.slice(0, at), choice };
}

export const feedbackValue = (topicId: string, helpful: boolean) =>
  `${helpful ? 'yes' : 'no'}|${topicId}`;

export function parseFeedbackValue(value: string): { topicId: string; helpful: boolean } | null {
  const [answer, topicId] = value.split('|');
  if (!topicId || (answer !== 'yes' && answer !== 'no')) return null;
  return { topicId, helpful: answer === 'yes' };
}

/** "More" carries the topic and which of its nuances answered the question (an index). */
export const moreValue = (topicId: string, fit: number | null) => `${topicId}|${fit ?? ''}`;

export function parseMoreValue(value: string): { topicId: string; fit: number | null } | null {
  const [topicId, fit = ''] = value.split('|');
  if (!topicId) return null;
  const n = fit === '' ? null : Number(fit);
  return n === null || Number.isInteger(n) ? { topicId, fit: n } : null;
}

/** "Ask a supervisor": where it was offered, and the draft (already redacted by the core, cut
 * to 1,500 characters, empty when it could still identify someone): "miss|<draft>". */
export const askValue = (o: { from: string; draft: string }) => `${o.from}|${o.draft}`;

export function parseAskValue(value: string): { from: string; draft: string } | null {
  const at = value.indexOf('|');
  if (at < 1) return null;
  return { from: value.slice(0, at), draft: value.slice(at + 1) };
}
