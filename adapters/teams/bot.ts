// The Teams bot: one handler per kind of activity, in handlers/ (as Slack has one file per
// listener). To handle a new kind, add a file there and wire it here. Decisions go to the
// log, never text.
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import type { Services } from '../../src/services.ts';
import { answerCardAction } from './handlers/card-action.ts';
import { registerInstall } from './handlers/install.ts';
import { registerMessage } from './handlers/message.ts';
import { openGuidance, submitInDialog } from './handlers/message-action.ts';
import { answerSearch } from './handlers/search.ts';
import type { SupervisorClickOptions } from './handlers/supervisor.ts';

export class BoundaryTeamsBot extends TeamsActivityHandler {
  constructor(
    private readonly services: Services,
    private readonly supervisors: SupervisorClickOptions,
  ) {
    super();
    registerMessage(this, services, supervisors.check);
    registerInstall(this, services);
  }

  // botbuilder routes an invoke to a method the bot overrides, not to a registered handler.
  protected override onAdaptiveCardInvoke(
    ctx: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardAction(this.services, ctx, value, this.supervisors);
  }

  /** The search message extension (the compose box). */
  protected override handleTeamsMessagingExtensionQuery(
    ctx: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return answerSearch(this.services, ctx, query);
  }

  /** "Get boundary guidance" on a message: the dialog opens. */
  protected override handleTeamsMessagingExtensionFetchTask(
    ctx: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return openGuidance(this.services, ctx, action, this.supervisors);
  }

  /** A button pressed in that dialog. */
  protected override handleTeamsMessagingExtensionSubmitAction(
    ctx: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return submitInDialog(this.services, ctx, action, this.supervisors);
  }
}
