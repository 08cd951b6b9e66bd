// A message: its text read as a command, run, and answered with one card in the conversation.
import type { TeamsActivityHandler, TurnContext } from 'botbuilder';
import { type Command, parseCommand } from '../../../src/commands/parse.ts';
import { runCommand } from '../../../src/commands/run.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { cardMessage } from '../cards/elements.ts';
import { renderResult } from '../cards/result.ts';
import { conversationKey, messageText, userKey } from '../conversation.ts';
import { referenceOf } from '../reference.ts';
import { failureMessage } from './failure.ts';
import { resultLookups } from './lookups.ts';

export function registerMessage(bot: TeamsActivityHandler, services: Services) {
  bot.onMessage(async (ctx, next) => {
    await answerMessage(services, ctx);
    await next();
  });
}

async function answerMessage(services: Services, ctx: TurnContext) {
  const { activity } = ctx;
  if (activity.value && !activity.text) return; // an old-style Action.Submit: we use Execute
  let command: Command | undefined;
  try {
    command = parseCommand(messageText(activity));
    services.logger.info({ event: 'teams-command', kind: command.kind }, 'teams command');
    const result = await runCommand(services, command, {
      platform: 'teams',
      userId: userKey(activity),
      channel: conversationKey(activity),
      // Kept with a subscription: the daily quiz is posted here later, proactively.
      reference: command.kind === 'quiz-subscribe' ? JSON.stringify(referenceOf(activity)) : null,
      now: services.now(),
    });
    await ctx.sendActivity(cardMessage(await renderResult(result, resultLookups(services, ctx))));
  } catch (error) {
    services.logger.error(
      { event: 'teams-reply-failed', kind: command?.kind, err: errorText(error) },
      'could not answer',
    );
    await ctx.sendActivity(failureMessage(services, command));
  }
}
