// Score topics for a question. An inverted index of weighted terms (BM25F over a topic's
// title, keywords, example questions and text) does the ranking; fuse.js corrects spelling
// word by word first. Cost grows with the question's words, not with the knowledge base.
import { createHash } from 'node:crypto';
import { type Analysis, analyze } from './analyze.ts';
import { closingPart } from './closing-part.ts';
import { type Corrector, createCorrector } from './fuzzy.ts';
import { createRewriter, type Rewriter } from './lexicon.ts';
import type { Explanation, Matcher, MatchResult } from './matching.ts';
import { toWords } from './normalize.ts';
import { hashSlots, type PackedStrings, pack, packedFind, unpack } from './packed.ts';
import {
  DEFAULT_RERANKER,
  loadReranker,
  MAX_TOPICS,
  type Reranker,
  type RerankerOptions,
  type RerankerWeights,
  rerankFeatures,
  trainReranker,
} from './reranker.ts';
import { STOPWORDS } from './terms.ts';
import type { KnowledgeBase, Topic } from './types.ts';

export interface MatcherOptions {
  fields: {
    title: number;
    keywords: number;
    questions: number;
    principle: number;
    guidance: number;
  };
  k1: number;
  b: number;
  /** How much a two-word phrase match counts next to single words. */
  bigramWeight: number;
  /** How much a spelling-corrected word counts. */
  correctedWeight: number;
  /** How much a word the knowledge base never uses (a name, a place) weighs against confidence. */
  unknownWeight: number;
  /** Exponent on coverage (the share of the question's weight the best topic explains). */
  coverageExponent: number;
  /** How much a narrow lead over the runner-up lowers confidence (0: not at all). */
  marginWeight: number;
  /** How hard closeness to the out-of-scope examples pulls confidence down. */
  outOfScopePenalty: number;
  /** Score at which strength reaches 63% of its maximum. */
  strengthScale: number;
  /** Weight of the re-ranker's probability next to the BM25 score (relative to the best). */
  rerankWeight: number;
  /** Weight of the log of that probability in the order of topics (0: order by the above). */
  rankLogWeight: number;
  /** Training of the re-ranker. */
  reranker?: RerankerOptions;
  /** Weights trained before (`trainModel`, e.g. by `npm run kb:build` or a worker thread):
   * used when they were trained on exactly this knowledge, otherwise training happens here. */
  prebuilt?: TrainedModel | undefined;
  /** The rest of what the matcher learns, built before (`buildIndex`, on a worker thread). */
  index?: MatcherIndex | undefined;
  /** Raw scores at this level and above are confident: it maps to a confidence of 0.5. */
  confidentAt: number;
  /** Below this confidence no topic is given. */
  minConfidence: number;
  /** Runners-up scoring at least this share of the best are offered as "did you mean". */
  closeRatio: number;
  /** Confidence factors (on the raw score) when the question names the work role (a client, a
   * group, the agency: the lexicon's `role` words) and when it does not: a question with no one
   * served in it is often about the asker's own life (rent, a divorce, their own therapist). */
  roleFactor: number;
  noRoleFactor: number;
  /** Confidence factor, on top of `noRoleFactor`, when such a question names the asker's own
   * people or providers (the lexicon's `own_life`: "my daughter", "my doctor"). */
  ownLifeFactor: number;
  /** Confidence factor, instead of `noRoleFactor`, when someone outside the asker's own life
   * does something to or for them ("offered me", "added me", "me regaló"): the shape of most
   * boundary dilemmas, even when the giver is unnamed ("a builder offered me a gift card"). */
  towardMeFactor: number;
  /** Extra weight on the words of a long message's closing sentences (closing-part.ts), where
   * a story's question usually is. */
  closingWeight: number;
  /** Share of the re-ranker's probability read from those closing sentences alone. */
  closingRerank: number;
  /** Whether a long message's closing sentences, read alone, may raise confidence: the story's
   * details are words no topic explains, or everyday words the out-of-scope examples share, and
   * would otherwise count against a question asked plainly at its end. */
  closingConfidence: boolean;
  /** Confidence factor, instead of the others, when the asker says the question is not about
   * the work ("nothing to do with work, just me"). */
  notWorkFactor: number;
}

export const DEFAULT_OPTIONS: MatcherOptions = {
  fields: { title: 3, keywords: 3, questions: 1, principle: 0.5, guidance: 0.25 },
  k1: 1.2,
  b: 0.5,
  bigramWeight: 1,
  correctedWeight: 0.8,
  unknownWeight: 0.5,
  coverageExponent: 0.5,
  outOfScopePenalty: 1,
  marginWeight: 0.3,
  strengthScale: 8,
  rerankWeight: 0.5,
  rankLogWeight: 0.1,
  confidentAt: 0.16,
  minConfidence: 0.45,
  closeRatio: 0.85,
  roleFactor: 2,
  noRoleFactor: 0.5,
  ownLifeFactor: 0.5,
  towardMeFactor: 1,
  closingWeight: 0.5,
  closingRerank: 0.3,
  closingConfidence: true,
  notWorkFactor: 0.05,
};

/** The re-ranker's learned weights, with the hash of everything they were trained on. */
export interface TrainedModel {
  hash: string;
  reranker: RerankerWeights | null;
}

type Documents = [string[], number][][];

// Documents: every topic, then one for what is out of scope (knowledge/out-of-scope.yaml).
function documents(kb: KnowledgeBase, f: MatcherOptions['fields']): Documents {
  const docs: Documents = kb.topics.map((t) => [
    [[t.title], f.title],
    [t.keywords, f.keywords],
    [t.examples ? [...t.questions, ...t.examples] : t.questions, f.questions],
    [[t.principle], f.principle],
    [[...t.guidance, ...t.nuance.map((x) => x.when)], f.guidance],
  ]);
  const oos = kb.outOfScope;
  if (oos.questions.length)
    docs.push([
      [oos.keywords, f.keywords],
      [oos.questions, f.questions],
    ]);
  return docs;
}

/** What the re-ranker trains on, and its hash: the same hash means the same weights. Trained on
 * what people type (questions, keywords, titles), not on the reply text. */
function trainingInput(docs: Documents, rewriter: Rewriter, options: MatcherOptions) {
  const settings = options.reranker ?? DEFAULT_RERANKER;
  // Hashed example by example: one string of every example's features runs out of memory on a
  // large knowledge base (4,000 topics with the training questions: over a million examples),
  // where the features are not even kept, since no re-ranker is trained above MAX_TOPICS.
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const keep = docs.length <= MAX_TOPICS;
  const examples = docs.map((fields) => {
    const list: string[][] = [];
    for (const [texts] of fields.filter(([, w], i) => w > 0 && (fields.length === 1 || i < 3))) {
      for (const t of texts) {
        const a = analyze(t, rewriter);
        const features = rerankFeatures(a.unigrams, a.bigrams);
        hash.update(features.join('\u0001')).update('\u0002');
        if (keep) list.push(features);
      }
    }
    hash.update('\u0003');
    return list;
  });
  return { examples, hash: hash.digest('hex'), settings };
}

/** A hash of everything `buildIndex` reads from the knowledge and the options, found without
 * analysing a word: the same value (and the same code) means the same index. */
export function indexSource(kb: KnowledgeBase, options: MatcherOptions = DEFAULT_OPTIONS): string {
  const { fields, k1, b, bigramWeight, reranker } = options;
  return createHash('sha256')
    .update(JSON.stringify([documents(kb, fields), kb.lexicon, { k1, b, bigramWeight, reranker }]))
    .digest('hex');
}

/** The hash of what the re-ranker would train on for this knowledge (no training). */
export function modelHash(kb: KnowledgeBase, options: MatcherOptions = DEFAULT_OPTIONS): string {
  return buildIndex(kb, options).hash;
}

/** Train the re-ranker for this knowledge (ahead of time, or off the main thread). */
export function trainModel(
  kb: KnowledgeBase,
  options: MatcherOptions = DEFAULT_OPTIONS,
): TrainedModel {
  const { examples, hash, settings } = trainingInput(
    documents(kb, options.fields),
    createRewriter(kb.lexicon),
    options,
  );
  return { hash, reranker: trainReranker(examples, settings)?.weights() ?? null };
}

/** What the matcher learns from the knowledge besides the re-ranker, as flat arrays and packed
 * strings: a worker thread builds it during a hot reload and hands it over at little cost (typed
 * arrays move without copying, a packed list is one string); the main thread only wraps it. */
export interface MatcherIndex {
  /** Documents: the topics, then the out-of-scope one (`none`, -1 when there is none). */
  n: number;
  none: number;
  /** Every term (sorted), the hash table that finds one (`hashSlots`), its document frequency
   * and its postings: the documents topics[start[k]..start[k+1]) and their BM25 weights. */
  terms: PackedStrings;
  termSlots: Int32Array;
  df: Int32Array;
  start: Int32Array;
  topics: Int32Array;
  weights: Float64Array;
  /** Every word the knowledge base uses, for spelling correction, with its hash table and how
   * often it occurs. Kept in the order they were first seen: that order decides between equally
   * close corrections. */
  words: PackedStrings;
  wordSlots: Int32Array;
  counts: Int32Array;
  /** The hash of what the re-ranker trains on (`TrainedModel.hash`). */
  hash: string;
}

/** The typed arrays of an index, to move to another thread instead of copying. */
export const indexBuffers = (x: MatcherIndex): ArrayBuffer[] =>
  [
    x.terms.ends,
    x.termSlots,
    x.df,
    x.start,
    x.topics,
    x.weights,
    x.words.ends,
    x.wordSlots,
    x.counts,
  ].map((a) => a.buffer as ArrayBuffer);

export function buildIndex(
  kb: KnowledgeBase,
  options: MatcherOptions = DEFAULT_OPTIONS,
): MatcherIndex {
  const rewriter = createRewriter(kb.lexicon);
  const docs = documents(kb, options.fields);
  const none = kb.outOfScope.questions.length ? docs.length - 1 : -1;
  const n = docs.length;

  // Term frequencies per document, weighted by field.
  const tfs = docs.map((fields) => {
    const tf = new Map<string, number>();
    for (const [texts, weight] of fields) {
      for (const text of texts) {
        const a = analyze(text, rewriter);
        for (const term of new Set(a.unigrams)) tf.set(term, (tf.get(term) ?? 0) + weight);
        for (const term of new Set(a.bigrams)) {
          tf.set(term, (tf.get(term) ?? 0) + weight * options.bigramWeight);
        }
      }
    }
    return tf;
  });

  const df = new Map<string, number>();
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = idfOf(df, n);
  const lengths = tfs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);

  const postings = new Map<string, { topics: number[]; weights: number[] }>();
  tfs.forEach((tf, i) => {
    const norm = options.k1 * (1 - options.b + (options.b * (lengths[i] as number)) / avg);
    for (const [term, f] of tf) {
      const p = postings.get(term) ?? { topics: [], weights: [] };
      p.topics.push(i);
      p.weights.push((idf(term) * (f * (options.k1 + 1))) / (f + norm));
      postings.set(term, p);
    }
  });
  // The hash tables are built here, with the index (in the reload worker or the build step): a
  // Map of ~100,000 terms built on the main thread would take 15-30 ms or more of a reload's turn.
  const terms = [...postings.keys()].sort();
  const lists = terms.map((t) => postings.get(t) as { topics: number[]; weights: number[] });
  const start = new Int32Array(terms.length + 1);
  lists.forEach((p, k) => {
    start[k + 1] = (start[k] as number) + p.topics.length;
  });

  const vocabulary = new Map<string, number>();
  const count = (text: string) => {
    for (const w of toWords(text)) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  };
  for (const fields of docs) for (const [texts] of fields) for (const text of texts) count(text);
  for (const w of rewriter.words) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  for (const w of STOPWORDS) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);

  const { hash } = trainingInput(docs, rewriter, options);
  const packedTerms = pack(terms);
  const words = pack([...vocabulary.keys()]);
  return {
    n,
    none,
    terms: packedTerms,
    termSlots: hashSlots(packedTerms),
    df: Int32Array.from(terms, (t) => df.get(t) ?? 0),
    start,
    topics: Int32Array.from(lists.flatMap((p) => p.topics)),
    weights: Float64Array.from(lists.flatMap((p) => p.weights)),
    words,
    wordSlots: hashSlots(words),
    counts: Int32Array.from(vocabulary.values()),
    hash,
  };
}

function idfOf(df: ReadonlyMap<string, number>, n: number) {
  return (term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
}

export function createMatcher(
  kb: KnowledgeBase,
  options: MatcherOptions = DEFAULT_OPTIONS,
): Required<Matcher> {
  const rewriter: Rewriter = createRewriter(kb.lexicon);
  const topics: Topic[] = kb.topics;
  const index = options.index ?? buildIndex(kb, options);
  const { n, none, start, df } = index;
  const postingTopics = index.topics;
  const postingWeights = index.weights;
  const termId = (term: string) => packedFind(index.terms, index.termSlots, term);
  const idf = (k: number | undefined) => {
    const d = k === undefined ? 0 : (df[k] as number);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const unknownIdf = idf(undefined);
  const wordId = (word: string) => packedFind(index.words, index.wordSlots, word);
  const corrector: Corrector = createCorrector({
    has: (word) => wordId(word) !== undefined,
    get(word) {
      const i = wordId(word);
      return i === undefined ? undefined : (index.counts[i] as number);
    },
    keys: () => unpack(index.words),
  });
  const isKnown = (term: string) => termId(term) !== undefined;

  let model: TrainedModel | null = null;
  let reranker: Reranker | null = null;
  if (options.rerankWeight > 0) {
    const prebuilt = options.prebuilt;
    if (prebuilt?.hash === index.hash) {
      model = prebuilt;
      reranker = prebuilt.reranker && loadReranker(prebuilt.reranker);
    } else {
      model = trainModel(kb, options);
      reranker = model.reranker && loadReranker(model.reranker);
    }
  }
  const combined = new Float64Array(n);
  const order = new Float64Array(n);
  const role = roleTerms(kb.lexicon.role ?? [], rewriter);
  const ownLife = roleTerms(kb.lexicon.own_life ?? [], rewriter);

  const scores = new Float64Array(n);
  const covered = new Float64Array(n);
  const coveredClosing = new Float64Array(n);
  const closingScores = new Float64Array(n);

  /** The analysis of a long message's closing sentences, or null. */
  const closingOf = (text: string): Analysis | null => {
    if (!options.closingWeight && !options.closingRerank) return null;
    const closing = closingPart(text);
    return closing === null ? null : analyze(closing, rewriter, corrector, isKnown);
  };

  /** The re-ranker's view: of the whole message, mixed with its closing sentences' own. */
  function probabilities(r: Reranker, a: Analysis, c: Analysis | null): Float64Array {
    const p = r.probabilities(a.unigrams, a.bigrams);
    const share = options.closingRerank;
    if (!c || !share) return p;
    const q = r.probabilities(c.unigrams, c.bigrams);
    for (let i = 0; i < p.length; i++)
      p[i] = (1 - share) * (p[i] as number) + share * (q[i] as number);
    return p;
  }

  function match(text: string): MatchResult {
    const a = analyze(text, rewriter, corrector, isKnown);
    const c = closingOf(text);
    const closingTerms = c && new Set([...c.unigrams, ...c.bigrams]);
    scores.fill(0);
    covered.fill(0);
    coveredClosing.fill(0);
    closingScores.fill(0);
    let total = 0;
    let totalClosing = 0;
    const touched: number[] = [];
    const seen = new Set<string>();
    const visit = (term: string, base: number, unigram: boolean) => {
      if (seen.has(term)) return;
      seen.add(term);
      const inClosing = closingTerms?.has(term) ?? false;
      const factor = inClosing ? base * (1 + options.closingWeight) : base;
      const k = termId(term);
      if (unigram) {
        const weight =
          k !== undefined
            ? idf(k) * factor
            : /^\p{L}{3,}$/u.test(term)
              ? unknownIdf * options.unknownWeight
              : 0;
        total += weight;
        if (inClosing) totalClosing += weight;
      }
      if (k === undefined) return;
      const w = idf(k) * factor;
      for (let j = start[k] as number; j < (start[k + 1] as number); j++) {
        const i = postingTopics[j] as number;
        if (scores[i] === 0) touched.push(i);
        scores[i] = (scores[i] as number) + (postingWeights[j] as number) * factor;
        if (inClosing)
          closingScores[i] = (closingScores[i] as number) + (postingWeights[j] as number);
        if (unigram) {
          covered[i] = (covered[i] as number) + w;
          if (inClosing) coveredClosing[i] = (coveredClosing[i] as number) + w;
        }
      }
    };
    for (const u of a.unigrams) visit(u, a.corrected.has(u) ? options.correctedWeight : 1, true);
    for (const bg of a.bigrams) visit(bg, 1, false);

    // Confidence reads BM25 relative to the best plus the re-ranker's probability; the order
    // adds the log of that probability instead, so a topic the re-ranker all but rules out
    // falls back even when its words match.
    const top = touched.reduce((m, i) => Math.max(m, scores[i] as number), 0) || 1;
    const p = reranker && probabilities(reranker, a, c);
    for (const i of touched) {
      const bm = (scores[i] as number) / top;
      combined[i] = bm + (p ? options.rerankWeight * (p[i] as number) : 0);
      order[i] = p ? bm + options.rankLogWeight * Math.log((p[i] as number) + 1e-9) : bm;
    }
    touched.sort((x, y) => (order[y] as number) - (order[x] as number) || x - y);
    const real = touched.filter((i) => i !== none);
    const ranked = real
      .slice(0, 4)
      .map((i) => ({ id: (topics[i] as Topic).id, score: round(scores[i] as number) }));
    const best = real[0];
    if (best === undefined || total === 0)
      return { ranked, topic: null, confidence: null, close: [] };

    const s1 = scores[best] as number;
    const c1 = combined[best] as number;
    const c2 = real[1] === undefined ? 0 : (combined[real[1]] as number);
    // A long message is judged on the better of the whole and its closing sentences alone.
    const byClosing = options.closingConfidence && totalClosing > 0;
    const coverage = Math.min(
      1,
      Math.max(
        (covered[best] as number) / total,
        byClosing ? (coveredClosing[best] as number) / totalClosing : 0,
      ),
    );
    const strength = 1 - Math.exp(-s1 / options.strengthScale);
    const margin = c1 > 0 ? Math.max(0, c1 - c2) / c1 : 0;
    // Closer to the out-of-scope examples than to any topic: not an ethics question.
    const cNone = none >= 0 && (scores[none] as number) > 0 ? (combined[none] as number) : 0;
    const inRole =
      a.unigrams.some((u) => role.unigrams.has(u)) || a.bigrams.some((b) => role.bigrams.has(b));
    // The closing sentences' closeness to the out-of-scope examples reads their words (BM25)
    // alone: the re-ranker has already weighed them in `combined`.
    const ratio = Math.min(
      1,
      cNone / c1,
      byClosing && none >= 0 && (closingScores[best] as number) > 0
        ? (closingScores[none] as number) / (closingScores[best] as number)
        : 1,
    );
    const ownLifeOnly =
      !inRole &&
      (a.unigrams.some((u) => ownLife.unigrams.has(u)) ||
        a.bigrams.some((b) => ownLife.bigrams.has(b)));
    // Said outright to be about the asker's own life ("not about work, just me"): the role
    // words in it are no evidence.
    const notWork = NOT_WORK.test(text);
    const roleFactor = notWork
      ? options.notWorkFactor
      : inRole
        ? options.roleFactor
        : !ownLifeOnly && TOWARD_ME.test(text)
          ? options.towardMeFactor
          : options.noRoleFactor;
    const raw = Math.min(
      1,
      coverage ** options.coverageExponent *
        strength *
        (1 - options.marginWeight + options.marginWeight * margin) *
        (1 - ratio) ** options.outOfScopePenalty *
        roleFactor *
        (ownLifeOnly ? options.ownLifeFactor : 1),
    );
    // A monotone stretch so that `confidentAt` reads as 0.5 and certainty as 1.
    let confidence = raw ** (Math.log(0.5) / Math.log(options.confidentAt));
    if (ratio >= 1) confidence = Math.min(confidence, options.minConfidence * 0.99 * (c1 / cNone));
    confidence = round(confidence);
    const close = real
      .slice(1, 4)
      // Close on either view: the words (BM25) or the combined ranking.
      .filter(
        (i) =>
          (combined[i] as number) >= options.closeRatio * c1 ||
          (scores[i] as number) >= options.closeRatio * s1,
      )
      .map((i) => (topics[i] as Topic).id);
    return {
      ranked,
      topic: confidence >= options.minConfidence ? (topics[best] as Topic).id : null,
      confidence,
      close,
    };
  }

  /** Why a question ranks as it does: each term's weight for the top topics (for curators). */
  function explain(text: string): Explanation {
    const a = analyze(text, rewriter, corrector, isKnown);
    const terms = [...new Set([...a.unigrams, ...a.bigrams])];
    const c = closingOf(text);
    const ids = match(text)
      .ranked.slice(0, 3)
      .map((r) => r.id);
    return {
      terms,
      closing: c ? terms.filter((t) => c.unigrams.includes(t) || c.bigrams.includes(t)) : [],
      topics: ids.map((id) => {
        const i = topics.findIndex((t) => t.id === id);
        const contributions: [string, number][] = [];
        for (const term of terms) {
          const k = termId(term);
          if (k === undefined) continue;
          for (let j = start[k] as number; j < (start[k + 1] as number); j++)
            if (postingTopics[j] === i)
              contributions.push([term, round(postingWeights[j] as number)]);
        }
        return { id, terms: contributions.sort((x, y) => y[1] - x[1]) };
      }),
    };
  }

  return {
    match,
    explain,
    /** The re-ranker's weights in use (null when it is switched off). */
    model: (): TrainedModel | null => model,
  };
}

// The role terms of the last rewriters (one per lexicon, see createRewriter), by their words:
// a knowledge reload builds a guide on the main thread and usually keeps the lexicon.
const roleTermsOf = new WeakMap<Rewriter, Map<string, ReturnType<typeof findRoleTerms>>>();

/** The lexicon's role words as index terms: a word is a unigram; a phrase counts by any of its
 * neighbouring pairs ("peer support specialist": "peer support", "support specialist"), or by
 * "my x" ("my job"), never by one word left after its stopwords ("at work" is not "work"). */
function roleTerms(words: readonly string[], rewriter: Rewriter) {
  let known = roleTermsOf.get(rewriter);
  if (!known) {
    known = new Map();
    roleTermsOf.set(rewriter, known);
  }
  const key = JSON.stringify(words);
  let terms = known.get(key);
  if (!terms) {
    terms = findRoleTerms(words, rewriter);
    known.set(key, terms);
  }
  return terms;
}

function findRoleTerms(words: readonly string[], rewriter: Rewriter) {
  const unigrams = new Set<string>();
  const bigrams = new Set<string>();
  for (const w of words) {
    const a = analyze(w, rewriter);
    if (toWords(w).length === 1) for (const u of a.unigrams) unigrams.add(u);
    else for (const b of a.bigrams) bigrams.add(b);
  }
  return { unigrams, bigrams };
}

// Someone acting toward the asker: offering, giving, paying, inviting, asking out, adding or
// following online, touching, contacting. English verb + "me", and Spanish "me" + verb.
// The asker says the question is not about the work: "not about work at all", "nothing to do
// with work", "nada que ver con el trabajo", or the person asked about is said not to be one
// served ("not a client, just someone from Hinge"; never "not a client anymore"). Never "not a
// client, me": a worker's own recovery or danger is the work's concern.
const NOT_WORK =
  /\b(?:not (?:about|for|related to) (?:work|my job|the job)|nothing to do with (?:work|my job|the job)|not (?:a )?work[- ]related|(?:nada|no tiene nada) que ver con el trabajo|no es (?:del|sobre el) trabajo|not (?:a|my) (?:client|participant|member|patient)[,.;]? (?:just|only|but|simply)(?! (?:me|myself|my own|mine)\b)|no es (?:mi )?(?:cliente|clienta|participante)[,.;]? (?:solo|sino|nomas)(?! (?:yo|mio|mia)\b))\b/i;

const TOWARD_ME =
  /\b(?:offer(?:ed|s|ing)?|gave|giv(?:es|ing)|hand(?:ed|s)|bought|buys?|tipp?(?:ed|s)?|pa(?:id|ys?)|lent|lends?|invit(?:ed|es|ing)|ask(?:ed|s|ing)? me out|friend(?:ed)?|follow(?:ed|s)|add(?:ed|s)|hugg?(?:ed|s)?|kiss(?:ed|es)?|text(?:ed|s|ing)?|messag(?:ed|es|ing)|call(?:ed|s|ing)|dm(?:ed|'d|s)?|wants?|keeps? (?:asking|calling|texting))\s+me\b|\bme\s+(?:ofreci[oó]|regal[oó]|di[oó]|pidi[oó]|invit[oó]|mand[oó]|escribi[oó]|llam[oó]|agreg[oó]|sigui[oó]|quiere)\b/i;

const round = (x: number) => Math.round(x * 1000) / 1000;
