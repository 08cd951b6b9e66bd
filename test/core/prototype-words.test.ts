// Words that are also names of Object.prototype's properties ("constructor", "__proto__",
// "toString"...) must read as plain words: a lookup table that is a plain object would answer
// them with a built-in function or the prototype itself.
import { describe, expect, it } from 'vitest';
import { stripMarkup, toWords } from '../../src/core/normalize.ts';
import { renderText } from '../../src/core/render-text.ts';
import { guide } from '../helpers.ts';

const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    'prototype',
  ]),
].filter((n) => /^[\w$]+$/.test(n));

/** Each name alone, in other cases, with punctuation, as an HTML entity and inside contractions. */
const INPUTS = NAMES.flatMap((n) => [
  n,
  n.toLowerCase(),
  n.toUpperCase(),
  `${n[0]?.toUpperCase()}${n.slice(1)}`,
  `${n}?`,
  `"${n}"!`,
  `${n}'s`,
  `${n}n't`,
  `${n}'d`,
  `&${n};`,
  `&${n.toLowerCase()};`,
  `:${n}:`,
  `<@${n}>`,
  `${n}.${n}`,
  `${n} ${n} ${n}`,
]);

/** What must never leak into words or replies from a built-in property. */
const BUILT_IN = /native code|function |\[object |=>|undefined|\bnull\b/i;

describe('words named like built-in object properties', () => {
  it('includes the names that broke the lookup tables', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty']),
    );
    expect(NAMES).toEqual(expect.arrayContaining(['valueOf', 'isPrototypeOf', '__defineGetter__']));
  });

  it('stripMarkup leaves an unknown entity as it was', () => {
    for (const n of NAMES) {
      expect(stripMarkup(`a &${n}; b`)).toBe(`a &${n}; b`);
      expect(stripMarkup(`a &${n.toLowerCase()}; b`)).toBe(`a &${n.toLowerCase()}; b`);
    }
  });

  it('toWords never throws and only returns words that were typed', () => {
    for (const input of INPUTS) {
      const words = toWords(input);
      const typed = new Set(
        input
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu)
          ?.flatMap((w) => [w, w.replace(/n$/, '')]),
      );
      for (const w of words) {
        expect(typeof w, input).toBe('string');
        // "n't" reads as "not", "'d" as "would": the only words added.
        if (w !== 'not' && w !== 'would') expect(typed.has(w), `${input} -> ${w}`).toBe(true);
      }
    }
    expect(toWords('constructor')).toEqual(['constructor']);
    expect(toWords('I want to kill myself tonight, constructor')).toEqual([
      'i',
      'want',
      'to',
      'kill',
      'myself',
      'tonight',
      'constructor',
    ]);
  });

  it('guide.answer never throws and gives a sane reply', () => {
    for (const input of INPUTS) {
      const g = guide.answer(input);
      expect(['topic', 'no-match', 'help'], input).toContain(g.kind);
      expect(renderText(g, { topicsCommand: 'topics' }), input).not.toMatch(BUILT_IN);
    }
  });

  it('the crisis protocol still leads when the message holds such a word', () => {
    for (const n of NAMES) {
      for (const text of [
        `I want to kill myself tonight, ${n}`,
        `${n} I want to kill myself tonight`,
        `${n.toUpperCase()}: my client says she will kill herself`,
      ]) {
        const g = guide.answer(text);
        expect(g.safety, text).toBe('crisis');
        const reply = renderText(g, { topicsCommand: 'topics' });
        expect(reply.startsWith('!!'), text).toBe(true);
        expect(reply, text).toMatch(/911/);
        expect(reply, text).toMatch(/988/);
      }
    }
  });
});
