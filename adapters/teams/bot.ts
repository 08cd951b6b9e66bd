// The Teams bot: one handler per kind of activity, in handlers/ (as Slack has one file per
// listener). To handle a new kind, add a file there and wire it here. Decisions go to the
// log, never text.
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import type { Services } from '../../src/services.ts';
import { answerCardAction } from './handlers/card-action.ts';
import { registerInstall } from './handlers/install.ts';
import { registerMessage } from './handlers/message.ts';

export class BoundaryTeamsBot extends TeamsActivityHandler {
  constructor(private readonly services: Services) {
    super();
    registerMessage(this, services);
    registerInstall(this, services);
  }

  // botbuilder routes an invoke to a method the bot overrides, not to a registered handler.
  protected override onAdaptiveCardInvoke(
    ctx: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardAction(this.services, ctx, value);
  }
}
