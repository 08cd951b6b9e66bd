// The terminal console's personal exam coach: "quiz me daily …", "quiz progress",
// "quiz practice N", "quiz forget me", through the same commands and actions as every surface.
// A question shown waits for its answer typed as 1-4 or A-D; "end" ends a practice test; the
// erase question waits for "erase" or "keep". The person's daily question is shown when it
// is delivered (the console's own dispatcher pass runs before each line).
import { runAction } from '../commands/actions.ts';
import { parseCommand } from '../commands/parse.ts';
import { runCommand } from '../commands/run.ts';
import type { CoachAction, CoachView, QuestionCard } from '../core/coach/outline.ts';
import { coachText } from '../core/coach/render-text.ts';
import { COACH } from '../core/copy.ts';
import type { PersonalDispatcher } from '../schedule/personal.ts';
import type { Services } from '../services.ts';

const COACH_COMMANDS = new Set([
  'quiz-me-daily',
  'quiz-me-pause',
  'quiz-me-stop',
  'quiz-progress',
  'quiz-practice',
  'quiz-forget',
]);

export interface CoachSession {
  userId: string;
  /** The question waiting for an answer. */
  card: QuestionCard | null;
  /** "quiz forget me" asked: waiting for erase or keep. */
  forgetAsked: boolean;
}

export const newCoachSession = (userId: string): CoachSession => ({
  userId,
  card: null,
  forgetAsked: false,
});

/** Whether the line is the coach's: a coach command, or the answer something shown waits for. */
export function isCoachLine(line: string, session: CoachSession): boolean {
  const text = line.trim();
  if (session.card && (/^[1-9a-f]$/i.test(text) || (session.card.end && /^end$/i.test(text))))
    return true;
  if (session.forgetAsked && /^(erase|keep)$/i.test(text)) return true;
  const c = parseCommand(text);
  return (
    COACH_COMMANDS.has(c.kind) ||
    (c.kind === 'usage' && /^quiz (me|practice|progress|forget)\b/i.test(text))
  );
}

/** Today's daily question when the dispatcher just delivered it, else null. */
export async function deliveredNow(
  s: Services,
  session: CoachSession,
  dispatcher: PersonalDispatcher,
): Promise<string | null> {
  if (!(await dispatcher.tick(s.now()))) return null;
  const view = await s.coach.todaysView({ platform: 'console', userId: session.userId }, s.now());
  return view ? show(view, session) : null;
}

export async function coachReply(
  s: Services,
  line: string,
  session: CoachSession,
): Promise<string> {
  const text = line.trim();
  const ctx = {
    platform: 'console',
    userId: session.userId,
    channel: 'console',
    now: s.now(),
    privacy: 'direct' as const,
  };
  const act = async (action: CoachAction) => {
    const r = await runAction(s, action, ctx);
    return r.kind === 'coach' ? show(r.view, session) : COACH.itemGone;
  };
  if (session.forgetAsked && /^(erase|keep)$/i.test(text)) {
    session.forgetAsked = false;
    return act({ kind: 'coach-forget', confirm: /^erase$/i.test(text) });
  }
  const card = session.card;
  if (card && /^end$/i.test(text) && card.end) return act(card.end.action);
  if (card && /^[1-9a-f]$/i.test(text)) {
    const choice = /\d/.test(text) ? Number(text) - 1 : text.toLowerCase().charCodeAt(0) - 97;
    if (choice >= card.options.length) return COACH.answerWithNumber;
    return act({ ...card.answer, choice });
  }
  const r = await runCommand(s, parseCommand(text), ctx);
  if (r.kind === 'coach') return show(r.view, session);
  if (r.kind === 'usage') return `${r.problem}\n  ${r.syntax}\n  e.g. ${r.example}`;
  return COACH.itemGone;
}

/** The view as text, with what can be typed next; remembers what waits for an answer. */
function show(view: CoachView, session: CoachSession): string {
  session.card =
    view.kind === 'question' ? view.card : view.kind === 'feedback' ? view.next : session.card;
  if (view.kind === 'summary' || (view.kind === 'feedback' && !view.next)) session.card = null;
  session.forgetAsked = view.kind === 'forget-confirm';
  const hint =
    view.kind === 'forget-confirm'
      ? COACH.consoleForget
      : session.card
        ? session.card.end
          ? COACH.consoleAnswerOrEnd
          : COACH.consoleAnswer
        : null;
  return hint ? `${coachText(view)}\n${hint}` : coachText(view);
}
