// Conversation references: what Teams needs to post into a conversation later (service URL,
// conversation, bot, tenant). Stored as JSON on install and with each quiz subscription.
import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';

export function referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  return TurnContext.getConversationReference(activity);
}

export function parseReference(json: string): Partial<ConversationReference> {
  const ref = JSON.parse(json) as Partial<ConversationReference>;
  if (!ref.serviceUrl || !ref.conversation?.id)
    throw new Error('stored conversation reference has no service URL or conversation');
  return ref;
}
