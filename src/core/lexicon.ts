// Rewrite the words people type into the knowledge base's words, using knowledge/lexicon.yaml.
// Entries are phrases: the longest match at each position wins.
import { toWords } from './normalize.ts';
import type { Lexicon } from './types.ts';

export interface Rewriter {
  rewrite(words: readonly string[]): string[];
  /** Every word the lexicon knows, variants and canonical forms. */
  words: Set<string>;
}

export function createRewriter(lexicon: Lexicon): Rewriter {
  const table = new Map<string, string[]>();
  const words = new Set<string>();
  let longest = 1;
  for (const group of [lexicon.synonyms, lexicon.misspellings]) {
    for (const [canonical, variants] of Object.entries(group)) {
      const target = toWords(canonical);
      for (const w of target) words.add(w);
      for (const variant of variants) {
        const key = toWords(variant);
        if (!key.length) continue;
        for (const w of key) words.add(w);
        longest = Math.max(longest, key.length);
        table.set(key.join(' '), target);
      }
    }
  }
  const rewrite = (input: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < input.length; ) {
      let matched = false;
      for (let n = Math.min(longest, input.length - i); n >= 1; n--) {
        const target = table.get(input.slice(i, i + n).join(' '));
        if (target) {
          out.push(...target);
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) out.push(input[i++] as string);
    }
    return out;
  };
  // A misspelling may point at a word that is itself a synonym ("particpant" -> "participant"
  // -> "client"): follow such chains once, at build time.
  for (const [key, target] of table) table.set(key, rewrite(target));
  return { words, rewrite };
}
