// The "Ask a supervisor" clicks, carried out for a person on a surface. The surface decodes
// the click and renders the result; whether the person is a supervisor is asked of the surface
// (ActionContext.supervisor) here, before any move, so a forged or replayed click from anyone
// else is refused the same way on every surface.
import { SUPERVISOR } from '../core/copy.ts';
import type { RequestCard } from '../core/supervisor/outline.ts';
import type { Services } from '../services.ts';
import { writeDraft } from '../supervisor/drafts.ts';
import type { MoveResult, SendResult, Supervisor } from '../supervisor/service.ts';
import type { Action, ActionContext } from './actions.ts';

export type SupervisorAction = Extract<
  Action,
  { kind: `supervisor-${string}` } | { kind: `request-${string}` }
>;

export type SupervisorActionResult =
  | SendResult
  | { kind: 'supervisor-cancelled'; text: string }
  | MoveResult
  /** "Answer" may go ahead: the surface opens its form (a modal, a card form). */
  | { kind: 'request-answer-form'; card: RequestCard; label: string }
  | { kind: 'request-helpful'; counted: boolean; text: string }
  /** A draft written to the drafts folder (`path`), with what kb lint found in it. */
  | { kind: 'request-draft'; path: string; problems: string[]; text: string };

const NOT_SUPERVISOR = { kind: 'not-supervisor', text: SUPERVISOR.notSupervisor } as const;

export const isSupervisorAction = (a: Action): a is SupervisorAction =>
  a.kind.startsWith('supervisor-') || a.kind.startsWith('request-');

export async function runSupervisorAction(
  s: Services,
  a: SupervisorAction,
  ctx: ActionContext,
): Promise<SupervisorActionResult> {
  const asker = {
    platform: ctx.platform,
    userId: ctx.userId,
    name: ctx.displayName ?? null,
    reference: ctx.reference ?? null,
  };
  switch (a.kind) {
    case 'supervisor-preview':
      return s.supervisors.preview(a.text, a.from);
    case 'supervisor-send':
      return s.supervisors.send(a, asker);
    case 'supervisor-cancel':
      return { kind: 'supervisor-cancelled', text: SUPERVISOR.cancelled };
    case 'request-helpful':
      return s.supervisors.helpful(a.requestId, asker);
    default:
      break;
  }
  // Everything below is a supervisor's move: asked of the surface, never taken from the click.
  if (!(ctx.supervisor && (await ctx.supervisor()))) return NOT_SUPERVISOR;
  const who: Supervisor = {
    platform: ctx.platform,
    userId: ctx.userId,
    name: ctx.displayName ?? null,
  };
  switch (a.kind) {
    case 'request-claim':
      return s.supervisors.claim(a.requestId, who);
    case 'request-answer-form': {
      const card = await s.supervisors.card(a.requestId, who);
      if (!card) return { kind: 'request-gone', text: SUPERVISOR.gone };
      if (!card.buttons.some((b) => b.move === 'answer'))
        return s.supervisors
          .claim(a.requestId, who)
          .then((r) => (r.kind === 'request-card' ? { ...r, changed: false } : r));
      return { kind: 'request-answer-form', card, label: SUPERVISOR.answerLabel };
    }
    case 'request-answer':
      return s.supervisors.answer(a.requestId, who, a.text);
    case 'request-close':
      return s.supervisors.close(a.requestId, who, a.reason);
    case 'request-delete':
      return s.supervisors.remove(a.requestId);
    case 'request-draft':
      return writeDraft(s, a.requestId, a.as, a.topicId ?? null, who);
  }
}
