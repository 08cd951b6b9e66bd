// A long message is usually a story with its question at the end ("...anyway, do I take it?"):
// the story's details (places, errands, other people) pull towards the wrong topics. The matcher
// weighs the closing sentences' words a little more. A short message is all question: none of
// its words is singled out.

/** Messages shorter than this many words have no closing part of their own. */
const MIN_WORDS = 40;
/** The closing part: the last sentences, back to at least this many words. */
const CLOSING_WORDS = 12;

const SENTENCE_END = /(?<=[.!?…\n])\s+/u;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The closing sentences of a long message, or null when it is short or one sentence. */
export function closingPart(text: string): string | null {
  if (wordCount(text) < MIN_WORDS) return null;
  const sentences = text.trim().split(SENTENCE_END);
  if (sentences.length < 2) return null;
  let words = 0;
  let k = sentences.length;
  while (k > 1 && words < CLOSING_WORDS) words += wordCount(sentences[--k] as string);
  return sentences.slice(k).join(' ');
}
