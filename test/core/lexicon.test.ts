import { describe, expect, it } from 'vitest';
import { createRewriter } from '../../src/core/lexicon.ts';
import { toWords } from '../../src/core/normalize.ts';

const rewriter = createRewriter({
  synonyms: {
    gift: ['present', 'gift card', 'gift certificate'],
    'friend request': ['add me', 'add me on facebook'],
    client: ['participant', 'consumer'],
  },
  misspellings: { participant: ['particpant'] },
  ignore: ['what should she do'],
});
const rewrite = (text: string) => rewriter.rewrite(toWords(text)).join(' ');

describe('the lexicon rewriter', () => {
  it('rewrites a word and a phrase into the knowledge base words', () => {
    expect(rewrite('a participant gave me a present')).toBe('a client gave me a gift');
    expect(rewrite('my consumer wants a gift card')).toBe('my client wants a gift');
  });

  it('takes the longest phrase that starts at a word', () => {
    // "add me" and "add me on facebook" both start at "add": the longer one is read whole.
    expect(rewrite('she wants to add me on facebook today')).toBe(
      'she wants to friend request today',
    );
    expect(rewrite('she wants to add me today')).toBe('she wants to friend request today');
    // A longer phrase that is not there leaves the shorter one to match.
    expect(rewrite('she wants to add me on insta')).toBe('she wants to friend request on insta');
  });

  it('drops the phrases to ignore and follows a misspelling to its synonym', () => {
    expect(rewrite('a particpant offered money, what should she do')).toBe(
      'a client offered money',
    );
  });

  it('leaves words it does not know, and the last words of a message', () => {
    expect(rewrite('add')).toBe('add');
    expect(rewrite('gift')).toBe('gift');
    expect(rewrite('the team lunch')).toBe('the team lunch');
  });
});
