// Index terms: drop words that carry no topic (function words, chat filler), stem the rest,
// and pair neighbours into two-word phrases ("gift card", "friend request").
import { stemmer } from 'stemmer';

// Function words and chat filler. Kept out on purpose: "not", "no", "after", "before",
// "own", "off", "alone": they change what a question is about.
export const STOPWORDS = new Set(
  `a about above again against all am an and any are as at be because been being below between
  both but by could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself nor of once only or other our ours ourselves out over same she should so some such
  than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would
  you your yours yourself yourselves can may might must shall ok okay okey pls plz please
  thanks thank u ur ya yeah yes hey hi hello um uh lol omg really just also still even
  get got gets getting go going gonna wanna want wants wanted know think thing things something
  anything someone anyone somebody anybody im kinda sorta gotta let lets say said tell told ask
  asked asking question questions help need needs way ever much many lot lots bit every one
  would could should again today yesterday now right well actually basically literally another
  quick`
    .split(/\s+/)
    .filter(Boolean),
);

const stems = new Map<string, string>();

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\p{Ll}+$/u.test(word) && word.length > 3 ? stemmer(word) : word;
    if (stems.size < 100_000) stems.set(word, s);
  }
  return s;
}

/** Content words -> stemmed unigrams, plus bigrams "a b" of neighbouring content words, plus
 * "my x" for the worker's own things ("my relapse" is not "her relapse"). */
export function toTerms(words: readonly string[]): { unigrams: string[]; bigrams: string[] } {
  const unigrams: string[] = [];
  const owned: string[] = [];
  let mine = false;
  for (const w of words) {
    if (STOPWORDS.has(w)) {
      mine = w === 'my' || (mine && w === 'own');
      continue;
    }
    const s = stem(w);
    unigrams.push(s);
    if (mine) owned.push(`my ${s}`);
    mine = false;
  }
  const bigrams: string[] = [...owned];
  for (let i = 1; i < unigrams.length; i++) bigrams.push(`${unigrams[i - 1]} ${unigrams[i]}`);
  return { unigrams, bigrams };
}
