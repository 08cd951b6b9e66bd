// A reply only the person in this turn sees. In a channel or group chat, Teams' targeted
// messages (public developer preview, TEAMS_TARGETED_MESSAGES=on) show it in the conversation to
// them alone; botbuilder 4.23 has no call for them, so the request is made here: the ordinary
// "send to conversation" with ?isTargetedActivity=true and the person as recipient. When they
// are off, or Teams refuses one (an old client, a tenant without the preview), the reply goes to
// the personal chat between the bot and the person, which Teams opens (or hands back) on demand.
import type { Activity, ConversationParameters, TurnContext } from 'botbuilder';
import { errorText } from '../../src/error-text.ts';
import type { Services } from '../../src/services.ts';
import { isPersonal } from './conversation.ts';

export type PrivateRoute = 'here' | 'targeted' | 'personal-chat';

/** The part of the connector client we use (botframework-connector's ConnectorClient). */
interface Connector {
  credentials: { signRequest(r: { headers: { set(k: string, v: string): void } }): unknown };
  conversations: {
    createConversation(p: ConversationParameters): Promise<{ id?: string }>;
    sendToConversation(id: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  };
}

export async function sendPrivately(
  services: Services,
  ctx: TurnContext,
  activity: Partial<Activity>,
): Promise<PrivateRoute> {
  // A personal chat is private already.
  if (isPersonal(ctx.activity)) {
    await ctx.sendActivity(activity);
    return 'here';
  }
  const client = ctx.turnState.get<Connector>(ctx.adapter.ConnectorClientKey);
  if (services.config.teams?.targetedMessages) {
    try {
      await sendTargeted(ctx, client, activity);
      return 'targeted';
    } catch (error) {
      services.logger.warn(
        { event: 'teams-targeted-refused', err: errorText(error) },
        'targeted message refused: sent in personal chat instead',
      );
    }
  }
  await sendToPersonalChat(ctx, client, activity);
  return 'personal-chat';
}

async function sendTargeted(ctx: TurnContext, client: Connector, activity: Partial<Activity>) {
  const { conversation, from, recipient, serviceUrl } = ctx.activity;
  const body: Partial<Activity> = {
    ...activity,
    from: recipient,
    recipient: { id: from.id, name: from.name },
    // With its thread ("…;messageid=…"): shown where the question was asked.
    conversation,
  };
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
  // The bot's token, exactly as the connector client signs its own requests.
  await client.credentials.signRequest({ headers: { set: (k, v) => headers.set(k, v) } });
  const base = serviceUrl.replace(/\/+$/, '');
  const url = `${base}/v3/conversations/${encodeURIComponent(conversation.id)}/activities?isTargetedActivity=true`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`Teams answered ${res.status} to a targeted message`);
}

async function sendToPersonalChat(
  ctx: TurnContext,
  client: Connector,
  activity: Partial<Activity>,
) {
  const { conversation, channelData, from, recipient } = ctx.activity;
  const tenantId =
    conversation.tenantId ?? (channelData as { tenant?: { id?: string } })?.tenant?.id;
  const chat = await client.conversations.createConversation({
    isGroup: false,
    bot: recipient,
    members: [{ id: from.id }],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  } as ConversationParameters);
  if (!chat.id) throw new Error('Teams opened no personal chat');
  await client.conversations.sendToConversation(chat.id, activity);
}
