// One pipeline from chat text to index terms, shared by the index (topics) and queries.
import type { Corrector } from './fuzzy.ts';
import type { Rewriter } from './lexicon.ts';
import { toWords } from './normalize.ts';
import { toTerms } from './terms.ts';

/** Long pastes are matched on their start: a question is in its first few hundred words. */
const MAX_WORDS = 400;
const MAX_CHARS = 4_000;
/** Spelling correction is the costly step: cap it for pathological input. */
const MAX_CORRECTIONS = 40;

export interface Analysis {
  unigrams: string[];
  bigrams: string[];
  /** Unigrams that came from a spelling correction (they count a little less). */
  corrected: Set<string>;
  /** Content words the knowledge base has never seen (they lower confidence). */
  unknown: string[];
}

export function analyze(
  text: string,
  rewriter: Rewriter,
  corrector?: Corrector,
  isKnown?: (term: string) => boolean,
): Analysis {
  let words = toWords(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  if (words.length > MAX_WORDS) words = words.slice(0, MAX_WORDS);
  const correctedWords = new Set<string>();
  if (corrector) {
    let budget = MAX_CORRECTIONS;
    words = words.map((w) => {
      if (budget <= 0) return w;
      const fix = corrector.correct(w);
      if (fix === null) return w;
      budget--;
      correctedWords.add(fix.word);
      return fix.word;
    });
  }
  const rewritten = rewriter.rewrite(words);
  const { unigrams, bigrams } = toTerms(rewritten);
  const corrected = new Set<string>();
  if (correctedWords.size) {
    for (const w of correctedWords) for (const t of toTerms([w]).unigrams) corrected.add(t);
  }
  const unknown = isKnown ? unigrams.filter((t) => !isKnown(t) && /^\p{L}{3,}$/u.test(t)) : [];
  return { unigrams, bigrams, corrected, unknown };
}
