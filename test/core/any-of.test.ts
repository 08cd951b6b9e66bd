// One expression for many patterns must match exactly where one of them would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../src/config.ts';
import { toWords } from '../../src/core/normalize.ts';
import { anyOf } from '../../src/core/safety/any-of.ts';
import { IDIOMS, PATTERNS } from '../../src/core/safety/crisis-patterns.ts';

const some = (patterns: readonly RegExp[], s: string) =>
  patterns.some((p) => new RegExp(p.source).test(s));

describe('anyOf', () => {
  it('matches where any pattern matches, and nowhere else', () => {
    const patterns = [/\bcat\b/, /\bdog/, /x+y/];
    const any = anyOf(patterns);
    for (const s of ['a cat', 'cats', 'hotdog', 'dogs', 'xxy', 'bobcat', 'concat', 'y', ''])
      expect(any.test(s), s).toBe(some(patterns, s));
  });

  it('keeps an alternation outside every group as its own alternative', () => {
    // \bfoo|bar is (\bfoo) or (bar anywhere): sharing the \b would lose "crowbar".
    const any = anyOf([/\bfoo|bar/, /\bqux/]);
    expect(any.test('crowbar')).toBe(true);
    expect(any.test('afoo')).toBe(false);
  });

  it('does not count a | inside a class, a group or after a backslash', () => {
    const patterns = [/\b[|]x/, /\ba\|b/, /\b(?:c|d)e/];
    const any = anyOf(patterns);
    for (const s of [' |x', 'a|b', 'de', 'ce', 'xde', 'b', 'x', 'e'])
      expect(any.test(s), s).toBe(some(patterns, s));
    expect(any.source.startsWith('\\b(?:')).toBe(true);
  });

  it('refuses a pattern whose flags change what it matches', () => {
    expect(() => anyOf([/\bcat/i])).toThrow(/flags/);
    expect(anyOf([/\bcat/g]).test('a cat')).toBe(true);
  });

  it('agrees with the crisis phrases and idioms one by one on every sentence of the safety sets', () => {
    const sentences: string[] = [];
    for (const name of ['safety.yaml', 'safety-2.yaml', 'safety-3.yaml']) {
      const items = parse(readFileSync(join(repoRoot, 'test/eval', name), 'utf8')) as {
        q: string;
      }[];
      for (const { q } of items)
        for (const s of q.split(/[.!?\n]+/))
          sentences.push(` ${toWords(s).join(' ').normalize('NFD').replace(/\p{M}/gu, '')} `);
    }
    const phrases = PATTERNS.map(([, r]) => r);
    const [anyPhrase, anyIdiom] = [anyOf(phrases), anyOf(IDIOMS)];
    let hits = 0;
    for (const s of sentences) {
      const phrase = some(phrases, s);
      if (phrase) hits++;
      expect(anyPhrase.test(s), s).toBe(phrase);
      expect(anyIdiom.test(s), s).toBe(some(IDIOMS, s));
    }
    expect(hits).toBeGreaterThan(300);
  });
});
