// Patterns tried only where a word they can begin with begins must answer as each pattern does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gatedPatterns } from '../../src/cli/safety-keys.ts';
import { repoRoot } from '../../src/config.ts';
import { toWords } from '../../src/core/normalize.ts';
import { CONCEPTS } from '../../src/core/safety/crisis-concepts.ts';
import { IDIOMS, PATTERNS } from '../../src/core/safety/crisis-patterns.ts';
import { keysToShip, leadingKeys, wordTester } from '../../src/core/safety/word-gate.ts';
import shipped from '../../src/core/safety/word-keys.json' with { type: 'json' };

/** What each pattern answers when tested alone (a fresh copy: a global pattern keeps state). */
const oneByOne = (patterns: readonly RegExp[], s: string) =>
  patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')).test(s));

const keys = (re: RegExp) => {
  const k = leadingKeys(re);
  return k && [...k].sort();
};

describe('leadingKeys', () => {
  it('reads how the text must begin, on across spaces, whole words ending in |', () => {
    expect(keys(/\b(?:kill|murder) (?:him|her)/)).toEqual(['kill her', 'kill him', 'murder h']);
    expect(keys(/\b(?:i|he) (?:am )?done/)).toEqual(['he am do', 'he done', 'i am don', 'i done']);
    // A letter that may repeat ends the reading after its first: "kil" begins "kill" and "killl".
    expect(keys(/\bkil+(?:s|ed)?\b/)).toEqual(['kil']);
    expect(keys(/\b(?:hoy |ya )?se mata/)).toEqual(['hoy se m', 'se mata', 'ya se ma']);
    expect(keys(/(?<!not )\b(?:\d+|all) pills/)).toEqual(
      [...'0123456789'].concat('all pill').sort(),
    );
    expect(keys(/\bgun\b/)).toEqual(['gun|']);
    // A word, a class or an edge after a space: what was read is a beginning, never a whole word.
    expect(keys(/\bshe \w+ died/)).toEqual(['she ']);
    expect(keys(/\bshe (?:\w+ )?died/)).toEqual(['she ', 'she died']);
    expect(keys(/\bmy\s+gun/)).toEqual(['my']);
  });

  it('cannot tell a start without a word edge, with a class or a flag, and says so', () => {
    expect(leadingKeys(/kill/)).toBeNull(); // "skill" holds it with no edge
    expect(leadingKeys(/(?<!s)kill/)).toBeNull(); // a lookaround is no edge: "akill"
    expect(leadingKeys(/\Bill/)).toBeNull();
    expect(leadingKeys(/\b\w+ pills/)).toBeNull();
    expect(leadingKeys(/\b(?:gun|[a-z]+ knife)/)).toBeNull();
    expect(leadingKeys(/\bgun/i)).toBeNull();
    expect(leadingKeys(/\b(?:gun)?/)).toBeNull(); // matches the empty string anywhere
    expect(leadingKeys(/\bgun|knife/)).toBeNull();
  });
});

describe('wordTester', () => {
  it('answers as each pattern tested alone', () => {
    const patterns = [
      /\bcat\b/,
      /\bdog/,
      /x+y/,
      /\b(?:i|he) (?:am )?done/,
      /(?<!not )\bkil+ed\b/,
      /\b[ab]ig\b/,
      /\bgun|knife/,
      /\bcat\b/g,
      /\bsi$/,
      /(?<!s)kill/,
      /\bkill (?:him|her)\b/,
      /\bshe (?:\w+ )?died/,
      /\b(?:my|the) gun\b/,
    ];
    const test = wordTester(patterns);
    for (const s of [
      'a cat',
      'cats',
      'hotdog',
      'dogs',
      'xxy',
      'i am done',
      'hi am done',
      'he done',
      'not killed',
      'she killled it',
      'skilled',
      'a big bag',
      'pig',
      'penknife',
      'gunk',
      'dijo que si',
      'si no',
      '',
      'a cat and a cat',
      'akill',
      'skill',
      'kill him',
      'gonna kill her.',
      'kill himself',
      'kill  him',
      'kill\thim',
      'she just died',
      'she died',
      'she  died',
      'i am',
      'i am done now',
      'he is done',
      'my gun',
      'my gunk',
      'my  gun',
      'the gun, the knife',
    ]) {
      const alone = oneByOne(patterns, s);
      expect(test.all(s), s).toEqual(alone);
      expect(test.any(s), s).toBe(alone.includes(true));
    }
  });

  it('gives a global pattern the same answer every time', () => {
    const test = wordTester([/\bcat\b/g]);
    expect([test.all('a cat'), test.all('a cat')]).toEqual([[true], [true]]);
    expect([test.any('a cat'), test.any('a cat')]).toEqual([true, true]);
  });

  it('agrees with the concepts, phrases and idioms one by one on every sentence of the safety sets', () => {
    const texts: string[] = [];
    for (const name of ['safety.yaml', 'safety-2.yaml', 'safety-3.yaml']) {
      const items = parse(readFileSync(join(repoRoot, 'test/eval', name), 'utf8')) as {
        q: string;
      }[];
      for (const { q } of items) {
        texts.push(toWords(q).join(' '));
        for (const s of q.split(/[.!?\n]+/))
          texts.push(` ${toWords(s).join(' ').normalize('NFD').replace(/\p{M}/gu, '')} `);
      }
    }
    let hits = 0;
    for (const patterns of [Object.values(CONCEPTS), PATTERNS.map(([, r]) => r), IDIOMS]) {
      const test = wordTester(patterns);
      for (const s of texts) {
        const alone = oneByOne(patterns, s);
        hits += alone.filter(Boolean).length;
        expect(test.all(s), s).toEqual(alone);
        expect(test.any(s), s).toBe(alone.includes(true));
      }
    }
    expect(hits).toBeGreaterThan(3000);
  });

  it('ships the keys the crisis patterns give now', () => {
    expect(shipped, 'stale word keys: run npm run safety:keys and commit').toEqual(
      keysToShip(gatedPatterns()),
    );
  });
});
