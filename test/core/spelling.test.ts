import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { isEnglishWord } from '../../src/core/dictionary.ts';
import { createCorrector } from '../../src/core/fuzzy.ts';

const vocabulary = new Map(
  ['participant', 'boundary', 'prison', 'role', 'confidentiality', 'gift', 'gifts'].map((w) => [
    w,
    1,
  ]),
);
const corrector = createCorrector(vocabulary);

describe('spelling correction', () => {
  it('corrects typos to the knowledge base vocabulary', () => {
    expect(corrector.correct('particpant')?.word).toBe('participant');
    expect(corrector.correct('boundry')?.word).toBe('boundary');
    expect(corrector.correct('confidentalty')?.word).toBe('confidentiality');
  });

  it('leaves known words, real English words, short words and numbers alone', () => {
    expect(corrector.correct('gift')).toBeNull();
    expect(corrector.correct('poison')).toBeNull(); // a word, not a typo of "prison"
    expect(corrector.correct('rope')).toBeNull(); // a word, not a typo of "role"
    expect(corrector.correct('gft')).toBeNull();
    expect(corrector.correct('1234')).toBeNull();
  });

  it('does not stretch a word into a much longer one', () => {
    expect(isEnglishWord('partici')).toBe(false);
    expect(corrector.correct('partici')).toBeNull();
  });
});

describe('isEnglishWord', () => {
  it('knows common and uncommon words, and not typos', () => {
    for (const w of ['harming', 'poison', 'weekend', 'manlihood', 'sharrowed']) {
      expect(isEnglishWord(w), w).toBe(true);
    }
    for (const w of ['cleint', 'presnt', 'relationsihp', ''])
      expect(isEnglishWord(w), w).toBe(false);
  });

  it('agrees with the word list on every word, and on each one a letter longer or shorter', () => {
    const list = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
    const words = new Set(list);
    const wrong = list
      .flatMap((w) => [w, `${w}q`, w.slice(0, -1)])
      .filter((w) => w && isEnglishWord(w) !== words.has(w));
    expect(wrong).toEqual([]);
  });
});
