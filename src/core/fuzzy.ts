// Spelling correction for single words against the knowledge base's own vocabulary.
// fuse.js is good at short strings; searching words (not whole questions) keeps it fast.
// Words are bucketed by first letter (typos rarely change it) and results are cached.
import Fuse from 'fuse.js';
import { isEnglishWord } from './dictionary.ts';

export interface Correction {
  word: string;
  /** fuse.js score: 0 is exact, higher is further. */
  score: number;
}

export interface SpellingOptions {
  /** Shorter words are too ambiguous to correct. */
  minLength: number;
  /** Highest fuse.js score accepted as a correction. */
  maxScore: number;
  cacheSize: number;
}

export const DEFAULT_SPELLING: SpellingOptions = { minLength: 4, maxScore: 0.3, cacheSize: 5000 };

/** The words corrections lead to, with how often each occurs (a Map will do). */
export interface Vocabulary {
  has(word: string): boolean;
  get(word: string): number | undefined;
  /** Every word, always in the same order: it decides between equally close words. */
  keys(): Iterable<string>;
}

export function createCorrector(
  vocabulary: Vocabulary,
  options: SpellingOptions = DEFAULT_SPELLING,
) {
  // Sorted into buckets at the first word to correct, not when the guide is built: a knowledge
  // reload builds its guide on the main thread, where every millisecond holds requests up.
  let buckets: Map<string, string[]> | undefined;
  function bucket(first: string): string[] | undefined {
    if (!buckets) {
      buckets = new Map();
      for (const word of vocabulary.keys()) {
        if (word.length < options.minLength - 1 || !/^\p{L}+$/u.test(word)) continue;
        const key = word[0] as string;
        const list = buckets.get(key) ?? [];
        list.push(word);
        buckets.set(key, list);
      }
    }
    return buckets.get(first);
  }
  const engines = new Map<string, Fuse<string>>();
  const cache = new Map<string, Correction | null>();

  function engine(first: string): Fuse<string> | undefined {
    let fuse = engines.get(first);
    const words = fuse ? undefined : bucket(first);
    if (!fuse && words) {
      fuse = new Fuse(words, {
        includeScore: true,
        isCaseSensitive: true,
        ignoreLocation: true,
        threshold: options.maxScore,
      });
      engines.set(first, fuse);
    }
    return fuse;
  }

  function search(word: string): Correction | null {
    const fuse = engine(word[0] as string);
    if (!fuse) return null;
    let best: Correction | null = null;
    let bestFreq = -1;
    for (const hit of fuse.search(word, { limit: 8 })) {
      const score = hit.score ?? 1;
      // fuse.js finds the word inside longer words too: keep to whole-word neighbours.
      if (score > options.maxScore || Math.abs(hit.item.length - word.length) > 2) continue;
      const freq = vocabulary.get(hit.item) ?? 0;
      if (
        !best ||
        score < best.score - 1e-9 ||
        (Math.abs(score - best.score) < 1e-9 && freq > bestFreq)
      ) {
        best = { word: hit.item, score };
        bestFreq = freq;
      }
    }
    return best;
  }

  return {
    /** The closest known word, or null when the word is known, too short or too far off. */
    correct(word: string): Correction | null {
      if (
        vocabulary.has(word) ||
        word.length < options.minLength ||
        !/^\p{L}+$/u.test(word) ||
        isEnglishWord(word)
      ) {
        return null;
      }
      let hit = cache.get(word);
      if (hit === undefined) {
        hit = search(word);
        if (cache.size >= options.cacheSize) cache.delete(cache.keys().next().value as string);
        cache.set(word, hit);
      }
      return hit;
    },
  };
}

export type Corrector = ReturnType<typeof createCorrector>;
