// Teams surface: botbuilder's CloudAdapter at POST /api/messages on the shared HTTP server,
// the bot, and the daily quiz poster. Every botbuilder import stays in this folder, so moving
// to its successor (@microsoft/teams.apps) touches one folder.
import type { Activity, TurnContext } from 'botbuilder';
import type { TeamsConfig } from '../../src/config.ts';
import type { Surface } from '../../src/server/surface.ts';
import type { Services } from '../../src/services.ts';
import { createAuthentication, type TokenKeys } from './auth.ts';
import { BoundaryTeamsBot } from './bot.ts';
import { conversationKey } from './conversation.ts';
import { failedQuestionMessage } from './handlers/failure.ts';
import { botEndpoint, TeamsAdapter } from './http.ts';
import { createTeamsPersonalPoster } from './personal-poster.ts';
import { createTeamsPoster } from './poster.ts';
import { referenceOf } from './reference.ts';
import { createTeamsRequestPoster } from './request-poster.ts';
import { teamsSupervisors } from './supervisors.ts';

/** Bot Framework retries a message it got no answer to in time: one reply per activity id. */
const DEDUPE_TTL_MS = 60 * 60_000;
const DEDUPED = new Set(['message', 'conversationUpdate', 'installationUpdate']);

export async function createTeamsSurface(
  services: Services,
  config: TeamsConfig,
  keys: TokenKeys = {},
): Promise<Surface> {
  const { logger } = services;
  // Defence in depth: loadConfig refuses unauthenticated Teams outside a local mode too.
  const authentication = createAuthentication(config, services.config.production, keys);
  const adapter = new TeamsAdapter(authentication);
  adapter.onTurnError = async (ctx, error) => {
    logger.error(
      { event: 'teams-turn-failed', type: ctx.activity.type, err: error.message },
      'teams turn failed',
    );
    // Failing before the message was read (e.g. the store): it may be about someone in danger.
    if (ctx.activity.type === 'message')
      await ctx.sendActivity(failedQuestionMessage(services)).catch(() => {});
  };
  const channel = services.config.supervisors.places.teams;
  const supervisors = {
    channel,
    check: teamsSupervisors({ channel: channel ?? '', logger, now: services.now }),
  };
  const bot = new BoundaryTeamsBot(services, supervisors);

  // Cards are posted in the supervisors' channel later, proactively: any activity from there
  // keeps its reference (service URL, tenant, bot; nothing about the person).
  async function rememberSupervisorsChannel(activity: Activity) {
    if (!channel || conversationKey(activity) !== channel) return;
    const json = JSON.stringify(referenceOf(activity));
    if ((await services.store.reference('teams', channel)) === json) return;
    await services.store.saveReference('teams', channel, json, services.now());
  }

  async function firstTime(activity: Activity): Promise<boolean> {
    if (!activity.id || !DEDUPED.has(activity.type)) return true;
    const key = `teams:${conversationKey(activity)}:${activity.type}:${activity.id}`;
    return services.store.firstDelivery(key, services.now(), DEDUPE_TTL_MS);
  }

  const logic = async (ctx: TurnContext) => {
    if (!(await firstTime(ctx.activity))) {
      logger.info({ event: 'teams-duplicate', type: ctx.activity.type }, 'repeat delivery ignored');
      return;
    }
    await rememberSupervisorsChannel(ctx.activity);
    await bot.run(ctx);
  };

  return {
    name: 'teams',
    routes: [
      {
        method: 'POST',
        path: '/api/messages',
        handler: botEndpoint({ adapter, authentication, logic, logger }),
      },
    ],
    poster: createTeamsPoster(services, adapter, config.appId),
    requestPoster: createTeamsRequestPoster(services, adapter, config.appId),
    personalPoster: createTeamsPersonalPoster(adapter, config.appId),
  };
}
