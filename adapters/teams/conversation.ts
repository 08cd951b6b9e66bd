// Where an activity came from and what the person typed, in our terms.
import { type Activity, TurnContext } from 'botbuilder';

/** The conversation without the thread: a channel's id, or a chat's. Subscriptions, stored
 * references and leaderboards are kept per channel, not per thread. */
export function conversationKey(from: { conversation?: { id?: string } }): string {
  return (from.conversation?.id ?? '').split(';')[0] ?? '';
}

/** The person, by their Teams id for this bot ("29:..."): the id Teams wants in a card's
 * `refresh.userIds`, and stable across the conversations they share with the bot. */
export function userKey(activity: Partial<Activity>): string {
  return activity.from?.id ?? '';
}

export function isPersonal(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'personal';
}

/** In a channel or group chat, "privately <question>": answered so only the asker sees it. */
const PRIVATELY = /^privately\b[\s:,]*/i;

export function privateRequest(text: string): { text: string; private: boolean } {
  return PRIVATELY.test(text)
    ? { text: text.replace(PRIVATELY, ''), private: true }
    : { text, private: false };
}

/** How commands are typed here: "@boundary-bot quiz" in a channel or group chat; "quiz" in 1:1. */
export function commandPrefix(activity: Partial<Activity>): string {
  return isPersonal(activity) ? '' : `@${activity.recipient?.name || 'boundary-bot'} `;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

/** The message without the bot's mention (and any other <at> mention or markup). */
export function messageText(activity: Activity): string {
  return plainText(TurnContext.removeRecipientMention(activity) ?? activity.text ?? '');
}

/** A message's HTML (Teams' own markup) as the words a person reads, mentions left out. */
export function plainText(html: string): string {
  return html
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
