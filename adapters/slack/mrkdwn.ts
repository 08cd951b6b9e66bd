// Text from people and from the knowledge base, made safe for Slack mrkdwn: the three control
// characters escaped, broadcast mentions neutralised, and clipped to a length limit.

const WORD_JOINER = '\u2060';

// Most text (the knowledge's sentences) holds none of &, <, > or @: one scan finds that.
const SPECIAL = /[&<>@]/;

/** Escape &, <, > and break @channel / @here / @everyone so they cannot notify anyone. */
export function esc(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/** For plain_text fields: no entities there, but broadcast words are still broken. */
export function plain(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/** At most `max` characters, ending in "…" when cut, never in the middle of an entity. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}

/** A Slack user id as a mention; anything that is not a user id is dropped. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
}
