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
}
