// The replies when answering failed. A question (or a message that could not be read) may be
// about someone in danger, so it gets the crisis essentials (see fallbackProtocol); any other
// command gets a short apology.
import type { Command } from '../../../src/commands/parse.ts';
import { COMMAND_FAILED } from '../../../src/commands/text.ts';
import type { Services } from '../../../src/services.ts';
import { noticeCard } from '../cards/commands.ts';
import { cardMessage } from '../cards/elements.ts';
import { fallbackCard } from '../cards/guidance.ts';

export function failedQuestionMessage(services: Services) {
  return cardMessage(fallbackCard(services.bot.fallback()));
}

export function failureMessage(services: Services, command: Command | undefined) {
  const question = !command || command.kind === 'ask';
  return question ? failedQuestionMessage(services) : cardMessage(noticeCard(COMMAND_FAILED));
}
