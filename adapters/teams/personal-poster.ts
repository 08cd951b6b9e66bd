// Each person's daily practice question on Teams, called by the personal dispatcher (once per
// person and local day): their personal chat with the bot. The reference kept when they typed
// "quiz me daily" in that chat reaches it directly; a reference to anywhere else (a channel of
// the same tenant) is used to create the personal chat for them, as supervisor answers are
// delivered. The delivery key rides in channelData. Teams lets a bot search no past messages,
// so there is no `find`: an attempt cut off mid-call is delivered again (and logged).
import type { CloudAdapter, ConversationParameters } from 'botbuilder';
import type { PersonalPoster } from '../../src/schedule/personal.ts';
import { coachCard } from './cards/coach.ts';
import { cardMessage } from './cards/elements.ts';
import { parseReference } from './reference.ts';

/** The part of the connector client we use (botframework-connector's ConnectorClient). */
interface Connector {
  conversations: {
    createConversation(p: ConversationParameters): Promise<{ id?: string }>;
    sendToConversation(id: string, activity: object): Promise<{ id?: string }>;
  };
}

export function createTeamsPersonalPoster(adapter: CloudAdapter, appId: string): PersonalPoster {
  return {
    async deliver(d, key) {
      if (!d.to.reference)
        throw new Error(
          'no conversation reference for the person: they type "quiz me daily" again in their chat with the bot',
        );
      const ref = parseReference(d.to.reference);
      const activity = {
        ...cardMessage(coachCard({ kind: 'question', card: d.card })),
        summary: d.text.slice(0, 200),
        channelData: { deliveryKey: key },
      };
      let id: string | null = null;
      await adapter.continueConversationAsync(appId, ref, async (ctx) => {
        if (ref.conversation?.conversationType === 'personal') {
          id = (await ctx.sendActivity(activity))?.id ?? null;
          return;
        }
        // Teams hands back the existing personal chat when there is one.
        const client = ctx.turnState.get<Connector>(ctx.adapter.ConnectorClientKey);
        const tenantId = ref.conversation?.tenantId;
        const chat = await client.conversations.createConversation({
          isGroup: false,
          bot: ref.bot,
          members: [{ id: d.to.userId }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as ConversationParameters);
        if (!chat.id) throw new Error('Teams opened no personal chat with the person');
        id = (await client.conversations.sendToConversation(chat.id, activity)).id ?? null;
      });
      return id;
    },
  };
}
