// "Ask a supervisor" deliveries on Teams, called by the request dispatcher (each exactly once):
// a request's card as a new top-level post in the supervisors' channel (as the daily quiz is
// posted), and an answer in the asker's personal chat with the bot, created for them from the
// conversation reference kept when they sent the question (service URL, tenant, bot; nothing
// about them but the id the request already holds). Teams offers no search of a channel's past
// posts to a bot, so there is no `find`: an attempt cut off mid-call is delivered again.
import type { Activity, CloudAdapter, ConversationParameters } from 'botbuilder';
import type { RequestDelivery, RequestPoster } from '../../src/schedule/requests.ts';
import type { Services } from '../../src/services.ts';
import { cardMessage } from './cards/elements.ts';
import { answerDeliveryCard, requestCard } from './cards/supervisor.ts';
import { parseReference } from './reference.ts';

/** The part of the connector client we use (botframework-connector's ConnectorClient). */
interface Connector {
  conversations: {
    createConversation(p: ConversationParameters): Promise<{ id?: string; activityId?: string }>;
    sendToConversation(id: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  };
}

export function createTeamsRequestPoster(
  s: Services,
  adapter: CloudAdapter,
  appId: string,
): RequestPoster {
  /** How to reach Teams for a delivery: the asker's kept reference, or the channel's. */
  async function referenceFor(d: RequestDelivery) {
    const json = d.kind === 'answer' ? d.to.reference : await s.store.reference('teams', d.channel);
    if (!json)
      throw new Error(
        d.kind === 'answer'
          ? 'no conversation reference for the asker'
          : 'no conversation reference for the supervisors channel: mention the bot there once (requests)',
      );
    return parseReference(json);
  }

  return {
    async deliver(d, key) {
      const ref = await referenceFor(d);
      const content = d.kind === 'answer' ? answerDeliveryCard(d.answer) : requestCard(d.card);
      // The key rides along in channelData, where Teams keeps it with the message.
      const activity = {
        ...cardMessage(content),
        summary: d.text.slice(0, 200),
        channelData: { deliveryKey: key },
      };
      let id: string | null = null;
      await adapter.continueConversationAsync(appId, ref, async (ctx) => {
        const client = ctx.turnState.get<Connector>(ctx.adapter.ConnectorClientKey);
        const tenantId = ref.conversation?.tenantId;
        if (d.kind !== 'answer') {
          const created = await client.conversations.createConversation({
            isGroup: true,
            channelData: { channel: { id: d.channel } },
            activity,
            bot: ref.bot,
            tenantId,
          } as ConversationParameters);
          id = created.activityId ?? created.id ?? null;
          return;
        }
        // The personal chat between the bot and the asker (Teams hands back the existing one).
        const chat = await client.conversations.createConversation({
          isGroup: false,
          bot: ref.bot,
          members: [{ id: d.to.userId }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as ConversationParameters);
        if (!chat.id) throw new Error('Teams opened no personal chat with the asker');
        id = (await client.conversations.sendToConversation(chat.id, activity)).id ?? null;
      });
      return id;
    },
  };
}
