// The daily quiz, posted proactively. In a channel it is a NEW top-level post (a reply through
// continueConversation would land inside the old thread the reference came from); in a 1:1
// or group chat it is a message in the chat. Returns the new message's id.
import type { CloudAdapter, ConversationParameters } from 'botbuilder';
import type { QuizQuestion } from '../../src/core/types.ts';
import type { Poster } from '../../src/schedule/scheduler.ts';
import type { Services } from '../../src/services.ts';
import type { Quiz, Subscription } from '../../src/store/store.ts';
import { cardMessage } from './cards/elements.ts';
import { quizCard } from './cards/quiz.ts';
import { conversationKey } from './conversation.ts';
import { quizCardInput } from './quiz-actions.ts';
import { parseReference } from './reference.ts';

/** The part of the connector client we use (botframework-connector's ConnectorClient). */
interface Connector {
  conversations: {
    createConversation(p: ConversationParameters): Promise<{ id?: string; activityId?: string }>;
  };
}

export function createTeamsPoster(
  services: Services,
  adapter: CloudAdapter,
  appId: string,
): Poster {
  return {
    async post(sub: Subscription, quiz: Quiz, _question: QuizQuestion) {
      const json = sub.reference ?? (await services.store.reference('teams', sub.channel));
      if (!json)
        throw new Error('no conversation reference: add the app to this conversation again');
      const ref = parseReference(json);
      const input = await quizCardInput(services, quiz);
      if (!input) throw new Error(`question ${quiz.questionId} is no longer in the quiz`);
      const activity = cardMessage(quizCard(input));
      let id: string | null = null;
      await adapter.continueConversationAsync(appId, ref, async (ctx) => {
        if (ref.conversation?.conversationType !== 'channel') {
          id = (await ctx.sendActivity(activity))?.id ?? null;
          return;
        }
        // What TeamsInfo.sendMessageToTeamsChannel does, keeping the new message's id.
        const client = ctx.turnState.get<Connector>(ctx.adapter.ConnectorClientKey);
        const created = await client.conversations.createConversation({
          isGroup: true,
          channelData: { channel: { id: conversationKey(ref) } },
          activity,
          bot: ref.bot,
          tenantId: ref.conversation.tenantId,
        } as ConversationParameters);
        id = created.activityId ?? created.id ?? null;
      });
      return id;
    },
  };
}
