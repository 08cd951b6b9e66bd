import { describe, expect, it } from 'vitest';
import { stripMarkup, toWords } from '../../src/core/normalize.ts';

describe('stripMarkup', () => {
  it('removes Slack mentions and broadcasts, keeps channel and link labels', () => {
    const text = stripMarkup(
      '<@U123ABC> hi <!here> see <#C1|general> and <https://x.org/a|the policy> <https://y.org>',
    );
    expect(text).not.toMatch(/U123ABC|here|x\.org|y\.org/);
    expect(text).toMatch(/general/);
    expect(text).toMatch(/the policy/);
  });

  it('removes Teams <at> mentions and HTML, decodes entities', () => {
    const text = stripMarkup('<at>Boundary Bot</at> <p>can I &amp; should I</p>');
    expect(text).not.toMatch(/Boundary Bot|<p>/);
    expect(text).toMatch(/can I & should I/);
  });

  it('turns control and format characters and lone surrogates into spaces, and leaves plain text as it is', () => {
    expect(stripMarkup('a\u0007b\nc\u200Bd\uD800e\uDC00f')).toBe('a b c d e f');
    expect(stripMarkup('a pair 🎁 stays')).toBe('a pair 🎁 stays');
    const plain = 'my client offered me a gift card, is that ok?';
    expect(stripMarkup(plain)).toBe(plain);
  });
});

describe('toWords', () => {
  it('lowercases, drops punctuation and emoji, expands contractions', () => {
    expect(toWords("Can't I TAKE it?! 🎁 :gift: I’m sure")).toEqual([
      'can',
      'not',
      'i',
      'take',
      'it',
      'i',
      'am',
      'sure',
    ]);
  });

  it('reads contractions typed without an apostrophe', () => {
    expect(toWords('dont cant im')).toEqual(['do', 'not', 'can', 'not', 'i', 'am']);
  });

  it('reads $ as dollars and drops possessive s', () => {
    expect(toWords("client's $20")).toEqual(['client', 'dollars', '20']);
  });

  it('survives control characters, lone surrogates and right-to-left text', () => {
    const nasty = `a\u0000b\u202Ec \uD800 d\uDC00 שלום مرحبا`;
    expect(toWords(nasty)).toEqual(['a', 'b', 'c', 'd', 'שלום', 'مرحبا']);
  });
});
