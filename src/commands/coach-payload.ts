// A coach button's payload as it comes back from a platform (a Slack button value, a Teams
// Action.Execute's data), read into a CoachAction. It is checked like any input: anything that
// is not exactly one of the coach's actions is null (the surface answers "no longer available").
// Who the action is for is never read here: the person is who clicked (ActionContext).
import type { AnswerTarget, CoachAction } from '../core/coach/outline.ts';

type Fields = Record<string, unknown>;

const ID_MAX = 200;
const id = (v: unknown): string | null =>
  typeof v === 'string' && v.length > 0 && v.length <= ID_MAX ? v : null;
const index = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000 ? v : null;

export function readCoachAction(data: unknown): CoachAction | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const f = data as Fields;
  switch (f.kind) {
    case 'coach-answer': {
      const itemId = id(f.itemId);
      const choice = index(f.choice);
      return itemId && choice !== null ? { kind: 'coach-answer', itemId, choice } : null;
    }
    case 'practice-answer': {
      const sessionId = id(f.sessionId);
      const at = index(f.index);
      const choice = index(f.choice);
      return sessionId && at !== null && choice !== null
        ? { kind: 'practice-answer', sessionId, index: at, choice }
        : null;
    }
    case 'practice-end': {
      const sessionId = id(f.sessionId);
      return sessionId ? { kind: 'practice-end', sessionId } : null;
    }
    case 'coach-progress':
      return { kind: 'coach-progress' };
    case 'coach-forget':
      return typeof f.confirm === 'boolean' ? { kind: 'coach-forget', confirm: f.confirm } : null;
    default:
      return null;
  }
}

/** The action an answer button sends: the card's target with the option's index. */
export const answerAction = (target: AnswerTarget, choice: number): CoachAction => ({
  ...target,
  choice,
});

/** A JSON payload (a Slack button value) read as a coach action; null when it is not one. */
export function parseCoachValue(value: string): CoachAction | null {
  try {
    return readCoachAction(JSON.parse(value));
  } catch {
    return null;
  }
}
