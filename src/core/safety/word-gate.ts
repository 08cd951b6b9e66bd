// Which of many regular expressions match a text, tried only where they can begin. Most crisis
// patterns begin at a word's edge with one of a few words ("\b(?:kill|murder) ..."): tested one by
// one, each scans the whole text; here each is tried, anchored, only where the text begins as it
// does, read on across the spaces between words ("i will", not every "i": a long story then tries
// about 70 patterns instead of 470). The first characters are read from each pattern's syntax
// tree once; a pattern whose start cannot be told (a class, "\w+", no word edge first, a flag
// that changes matching) is tested over the whole text as before. The answer
// for each pattern is the one `test` gives. What was read ships in word-keys.json (`npm run
// safety:keys`), so start-up parses only a pattern changed since.
import { createHash } from 'node:crypto';
import { type AST, RegExpParser } from '@eslint-community/regexpp';
import shipped from './word-keys.json' with { type: 'json' };

/** How many leading characters are compared: letters, and the spaces between words. */
const KEY = 8;
/** Marks a key as ending with its word ("i" alone, not "in" or "it"). */
const WHOLE = '|';
const WORD_CHAR = /^\w$/;

/** What follows the elements being read: more elements, or the end of the pattern. */
interface Rest {
  seq: readonly AST.Element[];
  at: number;
  rest: Rest | null;
}

/** One way of reading on. */
interface Path extends Rest {
  /** The word characters read so far. */
  head: string;
  /** A word edge (\b or ^) was passed before the first character. */
  edge: boolean;
}

/** Ends a path: the word begins with the head (or, `whole`, is the head); false if none was read. */
function stop(p: Path, out: Set<string>, whole = false): boolean {
  // After a space no word has begun: what was read is a beginning, not a whole word.
  if (p.head) out.add(whole && !p.head.endsWith(' ') ? p.head + WHOLE : p.head);
  return p.head !== '';
}

/** Reads one character `ch` on the path, then goes on after the element at `p.at`. */
function take(p: Path, ch: string, out: Set<string>, budget: { left: number }): boolean {
  // A space read after a word goes on to the next word ("i will", not every "i").
  if (ch === ' ' && p.head) return read({ ...p, at: p.at + 1, head: p.head + ch }, out, budget);
  if (!WORD_CHAR.test(ch)) return stop(p, out, true);
  if (!p.head && !p.edge) return false;
  return read({ ...p, at: p.at + 1, head: p.head + ch }, out, budget);
}

/** Reads every path of the pattern up to KEY characters and adds how each begins to `out`;
 * false when some path's beginning cannot be told. */
function read(p: Path, out: Set<string>, budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (p.head.length === KEY) return stop(p, out);
  if (p.at === p.seq.length) {
    if (!p.rest) return stop(p, out);
    return read({ ...p, seq: p.rest.seq, at: p.rest.at, rest: p.rest.rest }, out, budget);
  }
  const el = p.seq[p.at] as AST.Element;
  const next = { ...p, at: p.at + 1 };
  switch (el.type) {
    case 'Assertion':
      if (el.kind === 'end' || (el.kind === 'word' && !el.negate && p.head))
        return stop(p, out, true); // after a space, a beginning only (see stop)
      if ((el.kind === 'word' && !el.negate) || el.kind === 'start')
        return read({ ...next, edge: next.edge || !p.head }, out, budget);
      return read(next, out, budget); // a lookaround or \B takes no character
    case 'Character':
      return take(p, String.fromCodePoint(el.value), out, budget);
    case 'Group':
    case 'CapturingGroup': {
      const after: Rest = { seq: p.seq, at: p.at + 1, rest: p.rest };
      return el.alternatives.every((alt) =>
        read({ ...p, seq: alt.elements, at: 0, rest: after }, out, budget),
      );
    }
    case 'Quantifier': {
      // Once taken, a repeatable element may come again: its reading stops after the first.
      const after = el.max > 1 ? null : { seq: p.seq, at: p.at + 1, rest: p.rest };
      const once = read({ ...p, seq: [el.element], at: 0, rest: after }, out, budget);
      return once && (el.min > 0 || read(next, out, budget));
    }
    case 'CharacterClass':
      if (!p.head && !el.negate && el.elements.every((c) => c.type === 'Character'))
        return el.elements.every((c) =>
          take(p, String.fromCodePoint((c as AST.Character).value), out, budget),
        );
      return stop(p, out);
    case 'CharacterSet':
      if (!p.head && el.kind === 'digit' && !el.negate)
        return [...'0123456789'].every((d) => take(p, d, out, budget));
      return stop(p, out);
    default:
      return stop(p, out); // a back-reference: the head so far is all that is known
  }
}

/**
 * How the text must begin, at a word's start, wherever `re` matches: keys of up to KEY letters
 * and spaces, one ending in WHOLE being the whole word; null when the beginning cannot be told.
 */
export function leadingKeys(re: RegExp): Set<string> | null {
  if (/[^gyd]/.test(re.flags)) return null;
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source);
  const out = new Set<string>();
  const budget = { left: 100_000 };
  const known = pattern.alternatives.every((alt) =>
    read({ seq: alt.elements, at: 0, rest: null, head: '', edge: false }, out, budget),
  );
  return known ? out : null;
}

/** A pattern's name in word-keys.json: its flags and source, and how keys are read, hashed (keys
 * read another way are read again). */
export const patternId = (re: RegExp): string =>
  createHash('sha256').update(`${KEY}${WHOLE}${re.flags}/${re.source}`).digest('hex').slice(0, 24);

/** What word-keys.json holds for `patterns`, sorted. */
export function keysToShip(patterns: readonly RegExp[]): Record<string, string[] | null> {
  const rows = patterns.map((re): [string, string[] | null] => {
    const keys = leadingKeys(re);
    return [patternId(re), keys && [...keys].sort()];
  });
  return Object.fromEntries(rows.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const SHIPPED = new Map(Object.entries(shipped as Record<string, string[] | null>));

/** The keys shipped for an unchanged pattern, else read now. */
function keysOf(re: RegExp): Set<string> | null {
  const stored = SHIPPED.get(patternId(re));
  if (stored !== undefined) return stored && new Set(stored);
  return leadingKeys(re);
}

const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Character codes below this (letters, digits, _ and the space) step through the keys. */
const CODES = 128;

/** Asks, for a text, what `patterns` answer to `test`: each of them, or whether any does. */
export interface WordTester {
  /** Each pattern's answer, by index. The array is the tester's own, written again by its next
   * call: read it before testing another text (a new array for every sentence was most of what
   * an answer allocated). */
  all(text: string): readonly boolean[];
  any(text: string): boolean;
}

/** The keys of the patterns whose start can be told, as one trie of numbered nodes (0 the root). */
interface Keys {
  /** From node `n` on `code`: the node at `next(n * CODES + code)`, or -1. */
  next(from: number): number;
  /** By node: the patterns the text may go on from there, and those whose word must end there. */
  begins: number[][];
  ends: number[][];
}

/** The trie, built in a map, then kept as an open-addressing table of (from * CODES + code, to)
 * pairs, at most half full: a step is one lookup, and the map is left behind. */
function keyTrie(keysByPattern: (Set<string> | null)[]): Keys {
  const step = new Map<number, number>();
  const begins: number[][] = [];
  const ends: number[][] = [];
  keysByPattern.forEach((keys, i) => {
    for (const key of keys ?? []) {
      const letters = key.endsWith(WHOLE) ? key.slice(0, -1) : key;
      // A longer key of the same pattern is tried already where its beginning is.
      if ([...letters].some((_, k) => k > 0 && keys?.has(letters.slice(0, k)))) continue;
      let at = 0;
      for (const ch of letters) {
        const to = at * CODES + ch.charCodeAt(0);
        at = step.get(to) ?? (step.set(to, step.size + 1).get(to) as number);
      }
      const list = letters === key ? begins : ends;
      list[at] = [...(list[at] ?? []), i];
    }
  });
  let size = 2;
  while (size < 2 * step.size) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(2 * size).fill(-1);
  for (const [from, to] of step) {
    let at = (Math.imul(from, 0x9e3779b1) >>> 0) & mask;
    while (table[2 * at] !== -1) at = (at + 1) & mask;
    table[2 * at] = from;
    table[2 * at + 1] = to;
  }
  const next = (from: number): number => {
    for (let at = (Math.imul(from, 0x9e3779b1) >>> 0) & mask; ; at = (at + 1) & mask) {
      const k = table[2 * at] as number;
      if (k === from) return table[2 * at + 1] as number;
      if (k === -1) return -1;
    }
  };
  return { next, begins, ends };
}

/** A tester of `patterns`, built once. */
export function wordTester(patterns: readonly RegExp[]): WordTester {
  /** Patterns whose start cannot be told, tested over the whole text; the rest, anchored (y). */
  const whole: [number, RegExp][] = [];
  const anchored: RegExp[] = [];
  const keysByPattern = patterns.map((re, i) => {
    const flags = re.flags.replace(/[gy]/g, '');
    const keys = keysOf(re);
    if (!keys) whole.push([i, new RegExp(re.source, flags)]);
    else anchored[i] = new RegExp(re.source, `${flags}y`);
    return keys;
  });
  const { next, begins, ends } = keyTrie(keysByPattern);
  // Every word takes the first step: from the root, one array read instead of a lookup.
  const fromRoot = Int32Array.from({ length: CODES }, (_, c) => next(c));

  const hit: boolean[] = patterns.map(() => false);
  /** The patterns found by the last run: only they need clearing before the next. */
  const found: number[] = [];
  let text = '';
  let first = false;

  /** Tries the patterns of `list` not yet found, anchored at `at`; true when `first` may stop. */
  const tryAll = (list: number[], at: number): boolean => {
    for (const i of list) {
      if (hit[i]) continue;
      const re = anchored[i] as RegExp;
      re.lastIndex = at;
      if (re.test(text)) {
        hit[i] = true;
        found.push(i);
        if (first) return true;
      }
    }
    return false;
  };

  /** Fills `hit` for `text`; with `first`, it stops at the first pattern found. */
  const run = (t: string, stopAtFirst: boolean): boolean => {
    for (const i of found) hit[i] = false;
    found.length = 0;
    text = t;
    first = stopAtFirst;
    for (const [i, re] of whole) {
      if (!re.test(t)) continue;
      hit[i] = true;
      found.push(i);
      if (first) return true;
    }
    let inWord = false;
    for (let at = 0; at < t.length; at++) {
      const word = isWordCode(t.charCodeAt(at));
      if (word && !inWord) {
        let n = 0;
        for (let k = 0; k < KEY; k++) {
          const c = t.charCodeAt(at + k);
          const letter = isWordCode(c);
          // A word ends here: the keys that are that whole word (each ends in a letter).
          const endsHere = letter ? undefined : ends[n];
          if (endsHere && tryAll(endsHere, at)) return true;
          if (!letter && c !== 32) break;
          n = n === 0 ? (fromRoot[c] as number) : next(n * CODES + c);
          if (n === -1) break;
          const from = begins[n];
          if (from && tryAll(from, at)) return true;
        }
      }
      inWord = word;
    }
    return found.length > 0;
  };
  return {
    all: (t) => {
      run(t, false);
      return hit;
    },
    any: (t) => run(t, true),
  };
}
