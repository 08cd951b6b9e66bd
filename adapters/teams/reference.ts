// Conversation references: what Teams needs to post into a conversation later (service URL,
// channel, conversation, tenant, bot). Stored as JSON on install and with each quiz
// subscription, so they keep nothing about the person who installed or subscribed: no display
// name, no Entra object id, no user id, not the message they sent (activityId).
import {
  type Activity,
  type ChannelAccount,
  type ConversationAccount,
  type ConversationReference,
  TurnContext,
} from 'botbuilder';

export function referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  return forPosting(TurnContext.getConversationReference(activity));
}

/** Only what posting needs. Read references go through it too, in case an old one slipped by. */
export function forPosting(ref: Partial<ConversationReference>): Partial<ConversationReference> {
  const { conversation: c, bot } = ref;
  return JSON.parse(
    JSON.stringify({
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      conversation: c && {
        id: c.id,
        conversationType: c.conversationType,
        tenantId: c.tenantId,
        isGroup: c.isGroup,
      },
      bot: bot && { id: bot.id, name: bot.name },
    }),
  ) as Partial<ConversationReference> & {
    conversation?: ConversationAccount;
    bot?: ChannelAccount;
  };
}

export function parseReference(json: string): Partial<ConversationReference> {
  const ref = forPosting(JSON.parse(json) as Partial<ConversationReference>);
  if (!ref.serviceUrl || !ref.conversation?.id)
    throw new Error('stored conversation reference has no service URL or conversation');
  return ref;
}
