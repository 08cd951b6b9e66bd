// What the person typed, without the bot's mention or Teams markup; where it came from.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  commandPrefix,
  conversationKey,
  messageText,
} from '../../../adapters/teams/conversation.ts';

const bot = { id: '28:bot', name: 'boundary-bot' };
const mention = (text: string, extra: Partial<Activity> = {}) =>
  ({
    type: 'message',
    text,
    recipient: bot,
    entities: [{ type: 'mention', text: '<at>boundary-bot</at>', mentioned: bot }],
    ...extra,
  }) as Activity;

describe('messageText', () => {
  it('strips the bot mention, other mentions, tags and entities', () => {
    expect(
      messageText(mention('<at>boundary-bot</at> quiz&nbsp;subscribe 09:00 America/Los_Angeles')),
    ).toBe('quiz subscribe 09:00 America/Los_Angeles');
    expect(
      messageText(mention('<p><at>boundary-bot</at> can <at>Alex</at> &amp; I accept a gift?</p>')),
    ).toBe('can & I accept a gift?');
    expect(messageText(mention('help', { entities: [] }))).toBe('help');
  });
});

describe('where', () => {
  it('keys a channel without its thread, and prefixes commands outside 1:1 chats', () => {
    expect(conversationKey({ conversation: { id: '19:c@thread.tacv2;messageid=17' } })).toBe(
      '19:c@thread.tacv2',
    );
    expect(conversationKey({ conversation: { id: 'a:1x' } })).toBe('a:1x');
    const personal = { recipient: bot, conversation: { conversationType: 'personal' } } as Activity;
    const channel = { recipient: bot, conversation: { conversationType: 'channel' } } as Activity;
    expect(commandPrefix(personal)).toBe('');
    expect(commandPrefix(channel)).toBe('@boundary-bot ');
  });
});
