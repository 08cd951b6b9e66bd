// "Ask a supervisor" clicks on Teams, drawn from the action layer's results. The asker's form
// and its outcome are the click's answer (Universal Actions: only the clicker's client shows
// it). A supervisor's move redraws the shared card in the supervisors' channel
// (updateActivity on the card clicked) and answers the clicker with it, or with the form they
// asked for. Whether the clicker is a supervisor is asked of Teams (supervisors.ts) by the
// action layer; everyone else gets a private refusal, whatever the click carries.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { ActionResult } from '../../../src/commands/actions.ts';
import type { Services } from '../../../src/services.ts';
import { type Card, cardMessage } from '../cards/elements.ts';
import { crisisSection } from '../cards/guidance.ts';
import {
  answerDeliveryCard,
  confirmCard,
  doneCard,
  previewData,
  requestCard,
  SUP_VERB,
  supervisorFormCard,
} from '../cards/supervisor.ts';
import { conversationKey } from '../conversation.ts';
import type { TeamsSupervisorCheck } from '../supervisors.ts';

export interface SupervisorClickOptions {
  check: TeamsSupervisorCheck;
  /** The supervisors' channel: the shared card there is redrawn in place. */
  channel: string | null;
}

type Reply = (card: Card) => AdaptiveCardInvokeResponse;
type Note = (text: string) => AdaptiveCardInvokeResponse;

/** The result's card or note; null when the result is not one of the flow's. */
export async function renderSupervisorClick(
  s: Services,
  ctx: TurnContext,
  verb: string,
  r: ActionResult,
  o: SupervisorClickOptions,
  reply: Reply,
  note: Note,
): Promise<AdaptiveCardInvokeResponse | null> {
  switch (r.kind) {
    case 'supervisor-preview':
      return reply(confirmCard(r.preview, previewData(r.preview), r.problem ?? undefined));
    case 'supervisor-sent': {
      const done = doneCard(r.text);
      if (r.crisis) done.body.unshift(crisisSection(r.crisis));
      return reply(done);
    }
    case 'supervisor-unavailable':
    case 'supervisor-cancelled':
      return reply(doneCard(r.text));
    case 'request-answer-form':
      // Cancel in a form shows the card again; Answer and Close show their form.
      if (verb === SUP_VERB.view) return reply(requestCard(r.card));
      return reply(supervisorFormCard(verb === SUP_VERB.closeForm ? 'close' : 'answer', r.card));
    case 'request-card': {
      const card = requestCard(r.card);
      // Changed, or clicked on an out-of-date copy: everyone's copy shows the request as it is.
      // A repeat that changed nothing (a replayed click) leaves it alone.
      if (r.changed || r.notice) await redrawShared(s, ctx, o, card);
      return r.notice ? note(r.notice) : reply(card);
    }
    case 'request-deleted': {
      // Nothing of the question stays on the shared card.
      const gone = doneCard(r.text);
      await redrawShared(s, ctx, o, gone);
      return reply(gone);
    }
    case 'request-helpful': {
      const id = ctx.activity.replyToId;
      const requestId = (ctx.activity.value as { action?: { data?: { requestId?: unknown } } })
        ?.action?.data?.requestId;
      const outline =
        typeof requestId === 'string' ? await s.supervisors.answerFor(requestId) : null;
      if (!outline) return note(r.text);
      const card = answerDeliveryCard({ ...outline, helpful: { ...outline.helpful, done: true } });
      if (id) await ctx.updateActivity({ ...cardMessage(card), id }).catch(() => {});
      return reply(card);
    }
    case 'request-gone':
    case 'not-supervisor':
    case 'request-draft':
      return note(r.text);
    default:
      return null;
  }
}

/** The card everyone in the supervisors' channel sees, redrawn where it was clicked. A copy
 * elsewhere (a supervisor's `requests` list) changes for the clicker only. */
async function redrawShared(s: Services, ctx: TurnContext, o: SupervisorClickOptions, card: Card) {
  const id = ctx.activity.replyToId;
  if (!id || !o.channel || conversationKey(ctx.activity) !== o.channel) return;
  try {
    await ctx.updateActivity({ ...cardMessage(card), id });
  } catch (error) {
    s.logger.warn(
      { event: 'teams-request-card-not-updated', err: (error as Error).message },
      'could not update the request card',
    );
  }
}
