// Rewrite the words people type into the knowledge base's words, using knowledge/lexicon.yaml.
// Entries are phrases: the longest match at each position wins; "ignore" phrases are dropped.
import { toWords } from './normalize.ts';
import type { Lexicon } from './types.ts';

export interface Rewriter {
  rewrite(words: readonly string[]): string[];
  /** Every word the lexicon knows, variants and canonical forms. */
  words: Set<string>;
}

// The last lexicon's rewriter, kept: a knowledge reload usually leaves the lexicon as it was,
// and building one (~1,000 phrases through toWords) took 3-14 ms of the reload's turn on the
// main thread. A rewriter is never changed once built, so guides can share it.
let last: { key: string; rewriter: Rewriter } | undefined;

export function createRewriter(lexicon: Lexicon): Rewriter {
  const key = JSON.stringify(lexicon);
  if (last?.key !== key) last = { key, rewriter: buildRewriter(lexicon) };
  return last.rewriter;
}

function buildRewriter(lexicon: Lexicon): Rewriter {
  const table = new Map<string, string[]>();
  // Longest phrase starting with each word: most words start none, and cost one lookup.
  const longestFrom = new Map<string, number>();
  const words = new Set<string>();
  const add = (variant: string, target: string[]) => {
    const key = toWords(variant);
    if (!key.length) return;
    for (const w of key) words.add(w);
    const first = key[0] as string;
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, key.length));
    table.set(key.join(' '), target);
  };
  for (const group of [lexicon.synonyms, lexicon.misspellings]) {
    for (const [canonical, variants] of Object.entries(group)) {
      const target = toWords(canonical);
      for (const w of target) words.add(w);
      for (const variant of variants) add(variant, target);
    }
  }
  for (const phrase of lexicon.ignore) add(phrase, []);

  const rewrite = (input: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < input.length; ) {
      const word = input[i] as string;
      const longest = Math.min(longestFrom.get(word) ?? 0, input.length - i);
      // The phrases from here, shortest first, each one word longer: the longest found wins.
      let found = 0;
      let target: string[] | undefined;
      let key = word;
      for (let n = 1; n <= longest; n++) {
        if (n > 1) key = `${key} ${input[i + n - 1] as string}`;
        const t = table.get(key);
        if (t) [found, target] = [n, t];
      }
      if (target) {
        out.push(...target);
        i += found;
      } else out.push(input[i++] as string);
    }
    return out;
  };
  // A misspelling may point at a word that is itself a synonym ("particpant" -> "participant"
  // -> "client"): follow such chains once, at build time.
  for (const [key, target] of table) table.set(key, rewrite(target));
  return { words, rewrite };
}
