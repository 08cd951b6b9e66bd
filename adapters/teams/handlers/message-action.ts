// "Get boundary guidance" from a message's menu (a message action): the message's words are
// asked as a question and the guidance opens in a dialog only the person who asked sees. Its
// buttons (Helpful, Related, Ask a supervisor and its form) come back as submitted dialogs and
// go through the action layer like any card click; each answer replaces the dialog's card.
// Nothing of the message is kept or shown: the card carries guidance only.
import type {
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  TurnContext,
} from 'botbuilder';
import { runAction } from '../../../src/commands/actions.ts';
import { runCommand } from '../../../src/commands/run.ts';
import {
  BUTTON_GONE,
  COMMAND_FAILED,
  FEEDBACK_NOTED,
  GUIDANCE_WINDOW_TITLE,
} from '../../../src/commands/text.ts';
import { GESTURES } from '../../../src/core/copy.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { dialogAction, dialogCard } from '../cards/dialog.ts';
import { attachment, CARD_CONTENT_TYPE, type Card } from '../cards/elements.ts';
import { fallbackCard, guidanceCard, thanksCard, topicCard } from '../cards/guidance.ts';
import { renderResult } from '../cards/result.ts';
import { plainText } from '../conversation.ts';
import { decodeAction } from '../verbs.ts';
import { cardResponse, clickContext, noteResponse } from './card-action.ts';
import { resultLookups } from './lookups.ts';
import { renderSupervisorClick, type SupervisorClickOptions } from './supervisor.ts';

/** The message action's command id, as in the app manifest. */
export const GUIDANCE_COMMAND = 'guidanceOnMessage';

type Response = MessagingExtensionActionResponse;

/** The dialog opened on a message: the guidance for its words. */
export async function openGuidance(
  services: Services,
  ctx: TurnContext,
  action: MessagingExtensionAction,
  supervisors: SupervisorClickOptions,
): Promise<Response> {
  if (action.commandId !== GUIDANCE_COMMAND) return note(BUTTON_GONE);
  const body = action.messagePayload?.body;
  const raw = body?.content ?? '';
  const text = body?.contentType === 'text' ? raw.replace(/\s+/g, ' ').trim() : plainText(raw);
  services.logger.info(
    { event: 'teams-message-action', context: action.commandContext, empty: !text },
    'guidance on a message',
  );
  try {
    const context = { ...clickContext(services, ctx, supervisors), reference: null };
    const lookups = resultLookups(services, ctx);
    if (!text)
      return show(
        await renderResult(await runCommand(services, { kind: 'help' }, context), lookups),
      );
    // The message is a situation, never a command ("quiz" in it is a word), and perhaps someone
    // else's words: matched and dropped, never logged or kept as a miss.
    const result = await runAction(services, { kind: 'ask', text, from: 'message' }, context);
    if (result.kind !== 'guidance') return note(BUTTON_GONE);
    return show(
      guidanceCard(result.guidance, lookups.surface, result.escalate, {
        privacyText: GESTURES.messagePrivacy,
      }),
    );
  } catch (error) {
    services.logger.error(
      { event: 'teams-message-action-failed', err: errorText(error) },
      'could not answer a message action',
    );
    // The message may be about someone in danger: the crisis essentials.
    return show(fallbackCard(services.bot.fallback()));
  }
}

/** A button pressed in the dialog. */
export async function submitInDialog(
  services: Services,
  ctx: TurnContext,
  action: MessagingExtensionAction,
  supervisors: SupervisorClickOptions,
): Promise<Response> {
  const { verb, data } = dialogAction(action.data);
  try {
    return await renderInDialog(services, ctx, verb, data, supervisors);
  } catch (error) {
    services.logger.error(
      { event: 'teams-dialog-failed', verb, err: errorText(error) },
      'could not answer a dialog button',
    );
    return note(COMMAND_FAILED);
  }
}

async function renderInDialog(
  services: Services,
  ctx: TurnContext,
  verb: string,
  data: Record<string, unknown>,
  supervisors: SupervisorClickOptions,
): Promise<Response> {
  const context = clickContext(services, ctx, supervisors);
  const result = await runAction(services, decodeAction(verb, data), context);
  const flow = await renderSupervisorClick(
    services,
    ctx,
    verb,
    result,
    supervisors,
    cardResponse,
    noteResponse,
  );
  if (flow)
    return flow.type === CARD_CONTENT_TYPE
      ? show(flow.value as Card)
      : note(String(flow.value as unknown));
  switch (result.kind) {
    case 'topic':
      // A related topic opens in the same private window, not in the conversation.
      return show(topicCard(result.topic));
    case 'feedback-recorded':
      return result.askSupervisor ? show(thanksCard(result.askSupervisor)) : note(FEEDBACK_NOTED);
    default:
      return note(BUTTON_GONE);
  }
}

function show(card: Card): Response {
  return {
    task: {
      type: 'continue',
      value: {
        title: GUIDANCE_WINDOW_TITLE,
        width: 'large',
        height: 'large',
        card: attachment(dialogCard(card)),
      },
    },
  };
}

const note = (text: string): Response => ({ task: { type: 'message', value: text } });
