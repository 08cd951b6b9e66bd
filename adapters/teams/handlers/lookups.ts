// What rendering a result needs from the turn: how commands are typed in this conversation,
// quiz card contents from the store, and people's names from Teams.
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Services } from '../../../src/services.ts';
import type { ResultLookups } from '../cards/result.ts';
import { commandPrefix } from '../conversation.ts';
import { quizCardInput } from '../quiz-actions.ts';

const UNNAMED = 'A teammate';

export function resultLookups(services: Services, ctx: TurnContext): ResultLookups {
  return {
    surface: { prefix: commandPrefix(ctx.activity) },
    quizCardInput: (quiz) => quizCardInput(services, quiz),
    displayName: (userId) => displayName(ctx, userId),
  };
}

async function displayName(ctx: TurnContext, userId: string): Promise<string> {
  try {
    return (await TeamsInfo.getMember(ctx, userId)).name || UNNAMED;
  } catch {
    return UNNAMED;
  }
}
