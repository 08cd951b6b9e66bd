// A small multinomial logistic regression over the same terms, trained at start-up on each
// topic's example questions, keywords and title. BM25 finds the candidates; this learns which
// words tell neighbouring topics apart ("tip" means gifts even when "money" is there too).
// Dense weights (terms x topics): only for knowledge bases up to MAX_TOPICS.
import { hashSlots, type PackedStrings, pack, packedFind } from './packed.ts';

export const MAX_TOPICS = 300;
/** Words whose features are remembered, at most (a long story holds a few hundred). */
const MEMO = 50_000;

export interface RerankerOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Features in fewer training examples than this are left out: a word seen once says little
   * about new questions, and leaving them out keeps the weights small and training quick. */
  minCount: number;
}

export const DEFAULT_RERANKER: RerankerOptions = {
  epochs: 8,
  learningRate: 0.3,
  l2: 0.01,
  seed: 7,
  minCount: 3,
};

/** What the re-ranker sees: the terms, plus letter trigrams of each word, which carry over to
 * word forms and misspellings the examples never used ("volunteering" ~ "volunteer"). */
export function rerankFeatures(unigrams: readonly string[], bigrams: readonly string[]): string[] {
  const features = [...unigrams, ...bigrams];
  for (const u of new Set(unigrams)) {
    const w = `<${u}>`;
    for (let i = 0; i + 3 <= w.length; i++) features.push(`#${w.slice(i, i + 3)}`);
  }
  return features;
}

export interface Reranker {
  /** Probability of each document (topic) for the features rerankFeatures(unigrams, bigrams)
   * gives; unknown ones are ignored. Each word's own features (itself and its letter trigrams)
   * are looked up once and remembered. */
  probabilities(unigrams: readonly string[], bigrams: readonly string[]): Float64Array;
  /** The learned weights, to save and load again without training. */
  weights(): RerankerWeights;
}

/** What training learns. Plain data: it crosses to a worker thread and into a file as it is. */
export interface RerankerWeights {
  classes: number;
  /** Each feature, in the order of the weight rows (packed: one string, not ~20,000), and the
   * hash table that finds one (`hashSlots`), built with the weights, not where they are used. */
  features: PackedStrings;
  featureSlots: Int32Array;
  /** features x classes, row by row. */
  weights: Float64Array;
  bias: Float64Array;
}

/** The re-ranker from weights trained before (by `trainReranker`): the same answers, no training. */
export function loadReranker(w: RerankerWeights): Reranker {
  const id = (f: string) => packedFind(w.features, w.featureSlots, f);
  return predictor(id, w.classes, w.weights, w.bias, () => w);
}

function predictor(
  id: (feature: string) => number | undefined,
  classes: number,
  weights: Float64Array,
  bias: Float64Array,
  saved: () => RerankerWeights,
): Reranker & { softmax(x: readonly number[]): Float64Array } {
  const z = new Float64Array(classes);
  const softmax = (x: readonly number[]) => {
    // Row by row (a feature's weights lie side by side), each class summed in the same order.
    z.set(bias);
    for (const f of x) {
      const row = f * classes;
      for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + (weights[row + c] as number);
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < classes; c++) if ((z[c] as number) > max) max = z[c] as number;
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += z[c] = Math.exp((z[c] as number) - max);
    for (let c = 0; c < classes; c++) z[c] = (z[c] as number) / sum;
    return z;
  };
  /** By feature: already read for this question (cleared after each). */
  const taken = new Uint8Array(weights.length / classes);
  // A word's features, as rerankFeatures writes them: the word, then its trigrams in order.
  const known = new Map<string, { own: number | undefined; trigrams: number[] }>();
  const featuresOf = (u: string) => {
    let k = known.get(u);
    if (!k) {
      const w = `<${u}>`;
      const trigrams: number[] = [];
      for (let i = 0; i + 3 <= w.length; i++) {
        const f = id(`#${w.slice(i, i + 3)}`);
        if (f !== undefined) trigrams.push(f);
      }
      k = { own: id(u), trigrams };
      if (known.size < MEMO) known.set(u, k);
    }
    return k;
  };
  return {
    softmax,
    probabilities(unigrams, bigrams) {
      // The features in rerankFeatures' order, each once (distinct features have distinct rows).
      const x: number[] = [];
      const add = (f: number | undefined) => {
        if (f !== undefined && !taken[f]) {
          taken[f] = 1;
          x.push(f);
        }
      };
      for (const u of unigrams) add(featuresOf(u).own);
      for (const b of bigrams) add(id(b));
      for (const u of new Set(unigrams)) for (const f of featuresOf(u).trigrams) add(f);
      for (const f of x) taken[f] = 0;
      return Float64Array.from(softmax(x));
    },
    weights: saved,
  };
}

/** examples[c] holds the term lists of class c. Returns null when there are too many classes. */
export function trainReranker(
  examples: string[][][],
  options: RerankerOptions = DEFAULT_RERANKER,
): Reranker | null {
  const classes = examples.length;
  if (classes < 2 || classes > MAX_TOPICS) return null;
  const counts = new Map<string, number>();
  for (const list of examples)
    for (const terms of list)
      for (const t of new Set(terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ids = new Map<string, number>();
  const xs: number[][] = [];
  const ys: number[] = [];
  examples.forEach((list, c) => {
    for (const terms of list) {
      const x: number[] = [];
      for (const t of new Set(terms)) {
        if ((counts.get(t) as number) < (options.minCount ?? 1)) continue;
        let id = ids.get(t);
        if (id === undefined) {
          id = ids.size;
          ids.set(t, id);
        }
        x.push(id);
      }
      if (x.length) {
        xs.push(x);
        ys.push(c);
      }
    }
  });
  const weights = new Float64Array(ids.size * classes);
  const squares = new Float64Array(ids.size * classes).fill(1e-8); // AdaGrad
  const bias = new Float64Array(classes);
  const model = predictor(
    (f) => ids.get(f),
    classes,
    weights,
    bias,
    () => {
      const features = pack([...ids.keys()]);
      return {
        classes,
        features,
        featureSlots: hashSlots(features),
        weights,
        bias,
      };
    },
  );
  const softmax = model.softmax;

  // Deterministic shuffles: the same knowledge base always gives the same answers.
  let seed = options.seed;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const x = xs[i] as number[];
      const z = softmax(x);
      for (let c = 0; c < classes; c++) {
        const g = (z[c] as number) - (c === ys[i] ? 1 : 0);
        for (const f of x) {
          const k = f * classes + c;
          const grad = g + options.l2 * (weights[k] as number);
          squares[k] = (squares[k] as number) + grad * grad;
          weights[k] =
            (weights[k] as number) -
            (options.learningRate * grad) / Math.sqrt(squares[k] as number);
        }
        bias[c] = (bias[c] as number) - 0.1 * g;
      }
    }
  }

  return {
    probabilities: model.probabilities,
    weights: model.weights,
  };
}
