// Bot Framework activities as Teams sends them, for tests.
export const BOT = { id: '28:bot-app-id', name: 'boundary-bot' };
export const TENANT = 'tenant-1';
export const TEAM = '19:team@thread.tacv2';
export const CHANNEL = '19:channel@thread.tacv2';

let seq = 1000;
const nextId = () => String(++seq);

export interface Where {
  serviceUrl: string;
  user?: string;
}

function base<C extends { id: string }>(
  where: Where,
  conversation: C,
  extra: Record<string, unknown>,
) {
  return {
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    id: nextId(),
    timestamp: new Date().toISOString(),
    from: { id: where.user ?? '29:user-1', name: 'Sam', aadObjectId: 'aad-1' },
    recipient: BOT,
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

const channelConversation = (thread: string) => ({
  id: `${CHANNEL};messageid=${thread}`,
  conversationType: 'channel',
  isGroup: true,
});
const channelData = { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: CHANNEL } };

/** "@boundary-bot <text>" in a channel (a new thread, so the thread id is the message id). */
export function channelMention(where: Where, text: string) {
  const id = nextId();
  return base(where, channelConversation(id), {
    id,
    type: 'message',
    text: `<at>${BOT.name}</at> ${text}`,
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    channelData,
  });
}

export function personalMessage(where: Where, text: string) {
  return base(
    where,
    { id: `a:personal-${where.user ?? '29:user-1'}`, conversationType: 'personal' },
    { type: 'message', text },
  );
}

/** A click on an Action.Execute button of the card with id `cardId`. */
export function cardAction(
  where: Where,
  verb: string,
  data: Record<string, unknown>,
  o: { cardId: string; personal?: boolean; trigger?: 'manual' | 'automatic' },
) {
  const conversation = o.personal
    ? { id: `a:personal-${where.user ?? '29:user-1'}`, conversationType: 'personal' }
    : channelConversation(o.cardId);
  return base(where, conversation, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: o.cardId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: o.trigger ?? 'manual' },
    ...(o.personal ? {} : { channelData }),
  });
}

/** The app added to a team: Teams sends both of these. */
export function teamInstall(where: Where) {
  const conversation = { id: TEAM, conversationType: 'channel', isGroup: true };
  const data = { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: TEAM } };
  return [
    base(where, conversation, {
      type: 'conversationUpdate',
      membersAdded: [{ id: BOT.id }],
      channelData: { ...data, eventType: 'teamMemberAdded' },
    }),
    base(where, conversation, { type: 'installationUpdate', action: 'add', channelData: data }),
  ];
}

/** Words typed in the search message extension of a channel's compose box (none: its first
 * call, as the box opens). */
export function composeQuery(
  where: Where,
  words: string | null,
  o: { commandId?: string; skip?: number; count?: number } = {},
) {
  return base(where, channelConversation(nextId()), {
    type: 'invoke',
    name: 'composeExtension/query',
    value: {
      commandId: o.commandId ?? 'searchGuidance',
      parameters: [
        words === null ? { name: 'initialRun', value: true } : { name: 'query', value: words },
      ],
      queryOptions: { skip: o.skip ?? 0, count: o.count ?? 25 },
    },
    channelData,
  });
}

/** "Get boundary guidance" chosen from the menu of a message (HTML, as Teams sends it). */
export function messageAction(where: Where, html: string, commandId = 'guidanceOnMessage') {
  return base(where, channelConversation('msg-1'), {
    type: 'invoke',
    name: 'composeExtension/fetchTask',
    value: {
      commandId,
      commandContext: 'message',
      context: { theme: 'default' },
      messagePayload: {
        id: 'msg-1',
        messageType: 'message',
        body: { contentType: 'html', content: html },
        from: { user: { id: 'aad-2', displayName: 'A colleague' } },
      },
    },
    channelData,
  });
}

/** A button pressed in that dialog: its data, with the inputs' values merged in. */
export function dialogSubmit(where: Where, data: Record<string, unknown>) {
  return base(where, channelConversation('msg-1'), {
    type: 'invoke',
    name: 'composeExtension/submitAction',
    value: { commandId: 'guidanceOnMessage', commandContext: 'message', data },
    channelData,
  });
}
