// The app added to a conversation: the reference is stored (the daily quiz is posted there
// later) and the bot says hello once. Teams announces an install twice (conversationUpdate
// with the bot among the members added, and installationUpdate): both store the reference;
// one welcome is sent.
import type { TeamsActivityHandler, TurnContext } from 'botbuilder';
import { welcomeText } from '../../../src/commands/text.ts';
import type { Services } from '../../../src/services.ts';
import { noticeCard } from '../cards/commands.ts';
import { cardMessage } from '../cards/elements.ts';
import { commandPrefix, conversationKey } from '../conversation.ts';
import { referenceOf } from '../reference.ts';

const WELCOME_TTL_MS = 10 * 60_000;

export function registerInstall(bot: TeamsActivityHandler, services: Services) {
  bot.onMembersAdded(async (ctx, next) => {
    const botId = ctx.activity.recipient?.id;
    if (ctx.activity.membersAdded?.some((member) => member.id === botId))
      await installed(services, ctx);
    await next();
  });
  bot.onInstallationUpdateAdd(async (ctx, next) => {
    await installed(services, ctx);
    await next();
  });
}

async function installed(services: Services, ctx: TurnContext) {
  const { activity } = ctx;
  const key = conversationKey(activity);
  const now = services.now();
  await services.store.saveReference('teams', key, JSON.stringify(referenceOf(activity)), now);
  const scope = activity.conversation?.conversationType ?? 'unknown';
  services.logger.info({ event: 'teams-installed', scope }, 'teams install');
  if (!(await services.store.firstDelivery(`teams:welcome:${key}`, now, WELCOME_TTL_MS))) return;
  await ctx.sendActivity(cardMessage(noticeCard(welcomeText(commandPrefix(activity)))));
}
