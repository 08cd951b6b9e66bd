// A click on a card button (Action.Execute, an adaptiveCard/action invoke): its verb and data
// read into a shared Action, carried out by the action layer, and answered as Teams expects:
// a short note for the clicker, or a card that replaces theirs (the personal coach's cards also
// redraw the message itself in a personal chat).
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import {
  type Action,
  type ActionContext,
  type ActionResult,
  runAction,
} from '../../../src/commands/actions.ts';
import { BUTTON_GONE, FEEDBACK_NOTED, topicSentText } from '../../../src/commands/text.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { coachCard } from '../cards/coach.ts';
import { CARD_CONTENT_TYPE, type Card, cardMessage } from '../cards/elements.ts';
import { thanksCard, topicCard } from '../cards/guidance.ts';
import { leaderboardPageCard } from '../cards/result.ts';
import { conversationKey, isPersonal, userKey } from '../conversation.ts';
import { sendPrivately } from '../private-reply.ts';
import { answeredCards, viewCard } from '../quiz-actions.ts';
import { referenceOf } from '../reference.ts';
import { decodeAction } from '../verbs.ts';
import { resultLookups } from './lookups.ts';
import { renderSupervisorClick, type SupervisorClickOptions } from './supervisor.ts';

const CLICK_TTL_MS = 60 * 60_000;

export async function answerCardAction(
  services: Services,
  ctx: TurnContext,
  value: AdaptiveCardInvokeValue,
  supervisors: SupervisorClickOptions,
): Promise<AdaptiveCardInvokeResponse> {
  const { verb, data } = value.action;
  const trigger = (ctx.activity.value as { trigger?: string } | undefined)?.trigger;
  services.logger.info({ event: 'teams-card-action', verb, trigger }, 'teams card action');
  const action = decodeAction(verb, data);
  const result = await runAction(services, action, clickContext(services, ctx, supervisors));
  const flow = await renderSupervisorClick(
    services,
    ctx,
    verb,
    result,
    supervisors,
    cardResponse,
    noteResponse,
  );
  return flow ?? renderClick(services, ctx, result, action);
}

/** Who clicked, where, and what the action layer may ask Teams: for a card in a conversation
 * or in a dialog alike. */
export function clickContext(
  services: Services,
  ctx: TurnContext,
  supervisors: SupervisorClickOptions,
): ActionContext {
  return {
    platform: 'teams',
    userId: userKey(ctx.activity),
    displayName: ctx.activity.from?.name ?? null,
    // Where an answer can reach this person privately later (no user data in it).
    reference: JSON.stringify(referenceOf(ctx.activity)),
    // Asked of Teams (the supervisors' channel roster), never read from the click.
    supervisor: () => supervisors.check.isSupervisor(ctx),
    channel: conversationKey(ctx.activity),
    now: services.now(),
    // A redelivered click is thanked again but counted once.
    firstDelivery: () => firstClick(services, ctx),
  };
}

async function renderClick(
  services: Services,
  ctx: TurnContext,
  result: ActionResult,
  action: Action,
): Promise<AdaptiveCardInvokeResponse> {
  switch (result.kind) {
    case 'topic':
      // A redelivered click answers the same but does not post the topic a second time.
      if (await firstClick(services, ctx))
        await ctx.sendActivity(cardMessage(topicCard(result.topic)));
      return noteResponse(topicSentText(result.topic.title));
    case 'feedback-recorded':
      // After "Not helpful", the thanks carries "Ask a supervisor" (for the clicker only).
      if (result.askSupervisor) return cardResponse(thanksCard(result.askSupervisor));
      return noteResponse(FEEDBACK_NOTED);
    case 'graded': {
      const cards = await answeredCards(services, result.graded, result.card);
      await updateShared(services, ctx, cards.shared);
      if (cards.privateCopy && !isPersonal(ctx.activity))
        await sendPrivately(services, ctx, cardMessage(cards.privateCopy)).catch((error) =>
          services.logger.warn(
            { event: 'teams-quiz-copy-failed', err: errorText(error) },
            'could not send the quiz answer privately',
          ),
        );
      return cardResponse(cards.personal);
    }
    case 'quiz-card':
      return cardResponse(await viewCard(services, result.card));
    case 'leaderboard-page': {
      // The new page replaces the card for the clicker only; the shared card stays on page 1.
      const lookups = resultLookups(services, ctx);
      return cardResponse(await leaderboardPageCard(null, result.rows, result.page, lookups));
    }
    case 'coach': {
      // A refusal or "gone" is a note and the question stays; an erase replaces its
      // confirmation; feedback, the next question and the summary replace the card.
      const { view } = result;
      if (view.kind === 'notice' && action.kind !== 'coach-forget') return noteResponse(view.text);
      const shown = coachCard(view);
      await keepInPersonalChat(services, ctx, shown);
      return cardResponse(shown);
    }
    default:
      // Gone, or a result no Teams button asks for.
      return noteResponse(BUTTON_GONE);
  }
}

/** False when Teams delivers the same card click again (it retries an invoke it timed out on). */
function firstClick(services: Services, ctx: TurnContext): Promise<boolean> {
  const id = ctx.activity.id;
  if (!id) return Promise.resolve(true);
  return services.store.firstDelivery(`teams:invoke:${id}`, services.now(), CLICK_TTL_MS);
}

/** Everyone's copy of the card: the new count, and the clicker among those with a view. */
async function updateShared(services: Services, ctx: TurnContext, card: Card) {
  const id = ctx.activity.replyToId;
  if (!id) return;
  try {
    await ctx.updateActivity({ ...cardMessage(card), id });
  } catch (error) {
    // The person still gets their answer; the count catches up on the next click.
    services.logger.warn(
      { event: 'teams-card-update-failed', err: errorText(error) },
      'could not update the quiz card',
    );
  }
}

/** In a personal chat the message itself is redrawn too, so the answered question stays
 * answered after a reload or on another device (the invoke response alone redraws the card in
 * the clicker's client). Never in a channel or group chat: the card there is everyone's. */
async function keepInPersonalChat(services: Services, ctx: TurnContext, card: Card) {
  const id = ctx.activity.replyToId;
  if (!id || !isPersonal(ctx.activity)) return;
  try {
    await ctx.updateActivity({ ...cardMessage(card), id });
  } catch (error) {
    services.logger.warn(
      { event: 'teams-coach-update-failed', err: errorText(error) },
      'could not redraw the coach card',
    );
  }
}

/** A short note Teams shows the person who clicked; the card itself stays as it was. */
export function noteResponse(text: string): AdaptiveCardInvokeResponse {
  // botbuilder types `value` as an object; this response type carries a string.
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as never,
  };
}

export function cardResponse(card: Card): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
}
