// A message: its text read as a command, run, and answered with one card in the conversation.
import type { TeamsActivityHandler, TurnContext } from 'botbuilder';
import { type Command, parseCommand } from '../../../src/commands/parse.ts';
import { runCommand } from '../../../src/commands/run.ts';
import { ANSWERED_IN_CHAT, REQUESTS_IN_PRIVATE } from '../../../src/commands/text.ts';
import { errorText } from '../../../src/error-text.ts';
import type { Services } from '../../../src/services.ts';
import { noticeCard } from '../cards/commands.ts';
import { cardMessage } from '../cards/elements.ts';
import { renderResult } from '../cards/result.ts';
import {
  conversationKey,
  isPersonal,
  messageText,
  privateRequest,
  userKey,
} from '../conversation.ts';
import { sendPrivately } from '../private-reply.ts';
import { referenceOf } from '../reference.ts';
import type { TeamsSupervisorCheck } from '../supervisors.ts';
import { failureMessage } from './failure.ts';
import { resultLookups } from './lookups.ts';

const KEEPS_REFERENCE = new Set<Command['kind']>(['quiz-subscribe', 'quiz-me-daily']);

export function registerMessage(
  bot: TeamsActivityHandler,
  services: Services,
  supervisors: TeamsSupervisorCheck,
) {
  bot.onMessage(async (ctx, next) => {
    await answerMessage(services, ctx, supervisors, services.config.supervisors.places.teams);
    await next();
  });
}

async function answerMessage(
  services: Services,
  ctx: TurnContext,
  supervisors: TeamsSupervisorCheck,
  channel: string | null,
) {
  const { activity } = ctx;
  if (activity.value && !activity.text) return; // an old-style Action.Submit: we use Execute
  let command: Command | undefined;
  // "privately …" in a channel or group chat: the answer for the asker's eyes only.
  const asked = isPersonal(activity)
    ? { text: messageText(activity), private: false }
    : privateRequest(messageText(activity));
  const reply = async (message: ReturnType<typeof cardMessage>) => {
    if (!asked.private) return void (await ctx.sendActivity(message));
    const route = await sendPrivately(services, ctx, message);
    services.logger.info({ event: 'teams-private-reply', route }, 'answered privately');
    if (route === 'personal-chat')
      await ctx.sendActivity(cardMessage(noticeCard(ANSWERED_IN_CHAT)));
  };
  try {
    command = parseCommand(asked.text);
    services.logger.info({ event: 'teams-command', kind: command.kind }, 'teams command');
    const result = await runCommand(services, command, {
      platform: 'teams',
      userId: userKey(activity),
      channel: conversationKey(activity),
      // Kept with a subscription (the daily quiz is posted here later, proactively) and with a
      // personal plan (the person's own question comes to this personal chat).
      reference: KEEPS_REFERENCE.has(command.kind) ? JSON.stringify(referenceOf(activity)) : null,
      now: services.now(),
      // A personal chat is seen by this person alone; a channel or group chat by everyone.
      privacy: isPersonal(activity) ? 'direct' : 'shared',
      // `requests` is for supervisors: asked of Teams (the supervisors' channel roster).
      supervisor: () => supervisors.isSupervisor(ctx),
    });
    // A channel's messages are seen by all its members: the requests list goes only to a
    // personal chat or the supervisors' channel.
    const shown =
      result.kind === 'requests' && !isPersonal(activity) && conversationKey(activity) !== channel
        ? noticeCard(REQUESTS_IN_PRIVATE)
        : await renderResult(result, resultLookups(services, ctx));
    await reply(cardMessage(shown));
  } catch (error) {
    services.logger.error(
      { event: 'teams-reply-failed', kind: command?.kind, err: errorText(error) },
      'could not answer',
    );
    await ctx.sendActivity(failureMessage(services, command));
  }
}
