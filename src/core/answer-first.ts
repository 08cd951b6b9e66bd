// What a reply shows first and what waits behind "More". One place decides it for every
// surface: the direct answer (the nuance that fits the question, else the principle), the
// steps that matter most, the reflection prompt; everything else is one tap away.
import { LABELS } from './copy.ts';
import type { TopicGuidance } from './guidance.ts';
import { toWords } from './normalize.ts';
import { STOPWORDS, stem } from './terms.ts';
import type { Nuance } from './types.ts';

/** The first screen of a normal reply stays within about this many words (390 px phone). */
export const FIRST_SCREEN_WORDS = 120;
/** Steps shown first: at least MIN, at most MAX while the screen stays within its words. */
const MIN_STEPS = 2;
const MAX_STEPS = 3;

/** A nuance fits when the question holds this many of its content words... */
const MIN_SHARED = 2;
/** ...and at least this share of them. */
const MIN_SHARE = 0.25;
// Words every situation has: they say nothing about which nuance fits.
const GENERIC = new Set(
  `person people client clients participant participants peer peers worker specialist support
  supporter someone you your they them their staff agency work sure whether unsure not says`
    .split(/\s+/)
    .filter(Boolean)
    .map(stem),
);

export interface NumberedStep {
  /** The step's number in the topic's full list (1-based). */
  n: number;
  text: string;
}

export interface FirstScreen {
  title: string;
  /** The direct answer: the fitting nuance's `then`, else the principle. */
  answer: string;
  /** The nuance the answer came from; null when the answer is the principle. */
  nuance: Nuance | null;
  steps: NumberedStep[];
  reflection: string;
}

export interface MoreContent {
  /** The general principle, when the first screen answered with a nuance. */
  principle: string | null;
  steps: NumberedStep[];
  /** The nuances not shown as the answer. */
  nuance: Nuance[];
  agencyPolicy: string | null;
  sources: TopicGuidance['sources'];
  related: TopicGuidance['related'];
}

export interface TopicLayout {
  first: FirstScreen;
  more: MoreContent;
}

function contentStems(text: string, common: ReadonlySet<string> = GENERIC): Set<string> {
  const out = new Set<string>();
  for (const w of toWords(text)) {
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    if (!GENERIC.has(s) && !common.has(s)) out.add(s);
  }
  return out;
}

/** The words of a topic's subject (its title): most questions about the topic have them, so
 * they cannot tell its nuances apart. (Keywords too would leave most nuances unreachable.) */
export function topicWords(title: string): Set<string> {
  return contentStems(title);
}

/** How well a question fits a nuance's `when`: shared content words and their share. */
export function nuanceOverlap(
  question: string,
  when: string,
  common: ReadonlySet<string> = GENERIC,
): { shared: number; share: number } {
  return overlap(contentStems(question, common), whenStems(when, common));
}

function overlap(q: ReadonlySet<string>, w: ReadonlySet<string>) {
  let shared = 0;
  for (const s of w) if (q.has(s)) shared++;
  return { shared, share: w.size ? shared / w.size : 0 };
}

// A nuance's `when` and its topic's common words are the knowledge's: their stems are worked out
// once per process (per knowledge, as a reload brings new common-word sets), not per question.
const whenCache = new WeakMap<ReadonlySet<string>, Map<string, ReadonlySet<string>>>();
function whenStems(when: string, common: ReadonlySet<string>): ReadonlySet<string> {
  let byWhen = whenCache.get(common);
  if (!byWhen) {
    byWhen = new Map();
    whenCache.set(common, byWhen);
  }
  let stems = byWhen.get(when);
  if (!stems) {
    stems = contentStems(when, common);
    byWhen.set(when, stems);
  }
  return stems;
}

/** The index of the nuance whose situation the question describes, or null. Ties go to the
 * nuance listed first. */
export function pickNuance(
  question: string,
  nuance: readonly Nuance[],
  common: ReadonlySet<string> = GENERIC,
): number | null {
  if (!nuance.length) return null;
  const q = contentStems(question, common);
  let best: number | null = null;
  let bestScore = 0;
  nuance.forEach((n, i) => {
    const { shared, share } = overlap(q, whenStems(n.when, common));
    if (shared < MIN_SHARED || share < MIN_SHARE) return;
    const score = shared + share;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** Words as a reader counts them (numbers and "$20" count as one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// The first screen is made of the knowledge's own sentences, counted again for every reply while
// its steps are chosen: each sentence is counted once. Bounded, as the knowledge may be reloaded.
const wordCounts = new Map<string, number>();
function knowledgeWords(text: string): number {
  let n = wordCounts.get(text);
  if (n === undefined) {
    if (wordCounts.size >= 20_000) wordCounts.clear();
    n = countWords(text);
    wordCounts.set(text, n);
  }
  return n;
}

export function firstScreenWords(f: FirstScreen): number {
  let n = knowledgeWords(f.title) + knowledgeWords(f.answer) + knowledgeWords(f.reflection);
  for (const s of f.steps) n += knowledgeWords(s.text);
  return n;
}

export function layoutTopic(t: TopicGuidance): TopicLayout {
  const fit = t.fit === null ? undefined : t.nuance[t.fit];
  const numbered = t.steps.map((text, i) => ({ n: i + 1, text }));
  // The agency's own rules come first in line (they answer for this workplace), then the steps
  // in their order; shown in their order.
  const agency = new Set(t.agencySteps);
  const queue = [
    ...numbered.filter((s) => agency.has(s.n - 1)),
    ...numbered.filter((s) => !agency.has(s.n - 1)),
  ];
  const byNumber = (a: NumberedStep, b: NumberedStep) => a.n - b.n;
  const first: FirstScreen = {
    title: t.title,
    answer: fit ? fit.then : t.principle,
    nuance: fit ?? null,
    steps: queue.slice(0, Math.max(MIN_STEPS, agency.size)).sort(byNumber),
    reflection: t.reflection,
  };
  for (const step of queue.slice(first.steps.length, MAX_STEPS)) {
    const grown = { ...first, steps: [...first.steps, step].sort(byNumber) };
    if (firstScreenWords(grown) > FIRST_SCREEN_WORDS) break;
    first.steps = grown.steps;
  }
  const shown = new Set(first.steps.map((s) => s.n));
  return {
    first,
    more: {
      principle: fit ? t.principle : null,
      steps: numbered.filter((s) => !shown.has(s.n)),
      nuance: t.nuance.filter((n) => n !== fit),
      agencyPolicy: t.agencyPolicy,
      sources: t.sources,
      related: t.related,
    },
  };
}

/** Labels every surface uses for the part behind the tap (their home is copy.ts). */
export const MORE_LABEL = LABELS.more;
export const IN_GENERAL = LABELS.inGeneral;
export const MORE_STEPS = LABELS.moreSteps;
