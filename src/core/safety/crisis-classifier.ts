// The crisis classifier: a logistic regression over the message's words, word pairs and the
// concepts found (crisis-features.ts), trained ahead of time on the crisis corpora by
// `npm run safety:train` (src/evaluation/crisis-training.ts) and shipped as
// crisis-weights.json. One softmax over "none" and the six kinds: the chance of a crisis is
// 1 - P(none), the kind is the likeliest of the six. It complements the rules (crisis.ts):
// it has read many more ways of telling a danger than the rules name.
import { hashSlots, type PackedStrings, pack, packedFind, unpack } from '../packed.ts';
import type { CrisisKind } from '../types.ts';
import weights from './crisis-weights.json' with { type: 'json' };

export const CLASSES = [
  'none',
  'suicide',
  'self-harm',
  'overdose',
  'medical',
  'violence',
  'abuse',
] as const;

export interface Thresholds {
  /** At or above: a crisis even when the rules found none (unless framed or denied). */
  crisis: number;
  /** At or above: at least the possible-danger line. */
  possible: number;
  /**
   * At or above: a crisis also when the concepts name no sign of their own (or only a means) but
   * place the message in the present (now, tonight, "she told me"). Absent: never.
   */
  sure?: number;
  /**
   * Below: a crisis of the rules told with framing (the past, a lesson, media, a what-if) and no
   * strong sign of now is lowered to the line. Absent: never lowered.
   */
  veto?: number;
  /**
   * Below: any crisis of the rules with no strong sign of now, and not the asker's own danger, is
   * lowered to the line: the rules read a word ("starting a fight", "find him a home") the
   * classifier, trained on thousands of messages, sees no danger in. Absent: never lowered.
   */
  doubt?: number;
  /**
   * At or above: a crisis of the rules that its framing lowered (a what-if, a lesson, the past) is
   * a crisis again: "a training scenario, except it's real". Absent: never.
   */
  override?: number;
}

/** Weights as training makes them (and cross-validation uses them). */
export interface ClassifierWeights {
  /** sha256 of the training data and the feature code (crisis-training.ts, trainingHash). */
  hash: string;
  thresholds: Thresholds;
  bias: number[];
  /** Each feature's row, one weight per class, in hundredths (training rounds them). */
  weights: Record<string, number[]>;
}

/**
 * The same weights as shipped in crisis-weights.json: the features as one string and the rows
 * as one string of whole hundredths. An object of ~45,000 keys took ~200 ms of start-up to parse
 * (the compiled server inlines it as JavaScript) and ~35 ms more to turn into a table; two strings
 * take a few milliseconds.
 */
export interface ShippedWeights {
  hash: string;
  thresholds: Thresholds;
  bias: number[];
  /** The features, sorted, one per line. */
  features: string;
  /** Each feature's row in the same order, in hundredths, comma-separated ("12,-3,0,..."). */
  weights: string;
}

export interface Classification {
  /** The chance that someone is in danger now, 0..1. */
  p: number;
  kind: CrisisKind;
  /** A second kind at least half as likely as the first, else null. */
  also: CrisisKind | null;
  /** The features that pushed most towards that kind, with their weight. */
  top: [string, number][];
}

const N = CLASSES.length;

/** Training's weights as shipped. Throws on a weight that is not a whole number of hundredths. */
export function toShipped(w: ClassifierWeights): ShippedWeights {
  const features = Object.keys(w.weights).sort();
  const rows = features.flatMap((f) =>
    (w.weights[f] ?? []).map((v) => {
      const cents = Math.round(v * 100);
      if (cents / 100 !== v) throw new Error(`weight ${v} of ${f} is not in hundredths`);
      return cents;
    }),
  );
  return { ...w, features: features.join('\n'), weights: rows.join(',') };
}

/** What classify reads: the features packed with their hash table, the rows side by side. */
interface Table {
  features: PackedStrings;
  slots: Int32Array;
  rows: Float64Array;
  bias: Float64Array;
}

function table(names: string[], rows: Float64Array, bias: number[]): Table {
  const features = pack(names);
  return { features, slots: hashSlots(features), rows, bias: Float64Array.from(bias) };
}

function fromShipped(w: ShippedWeights): Table {
  const names = w.features.split('\n');
  const rows = new Float64Array(names.length * N);
  // Whole numbers read digit by digit: splitting ~300,000 of them into strings costs more.
  let i = 0;
  let v = 0;
  let negative = false;
  for (let k = 0; k <= w.weights.length; k++) {
    const c = k < w.weights.length ? w.weights.charCodeAt(k) : 44;
    if (c === 44 /* , */) {
      rows[i++] = (negative ? -v : v) / 100;
      v = 0;
      negative = false;
    } else if (c === 45 /* - */) negative = true;
    else v = v * 10 + (c - 48);
  }
  if (i !== rows.length) throw new Error(`crisis weights: ${i} numbers for ${names.length} rows`);
  return table(names, rows, w.bias);
}

function fromTraining(w: ClassifierWeights): Table {
  const names = Object.keys(w.weights);
  const rows = new Float64Array(names.length * N);
  names.forEach((f, i) => {
    rows.set(w.weights[f] ?? [], i * N);
  });
  return table(names, rows, w.bias);
}

const shipped = weights as ShippedWeights;
/** Built once per weights (the shipped ones at start-up). */
const tables = new WeakMap<ClassifierWeights | ShippedWeights, Table>();
function tableOf(w: ClassifierWeights | ShippedWeights): Table {
  let t = tables.get(w);
  if (!t) {
    t =
      typeof w.weights === 'string'
        ? fromShipped(w as ShippedWeights)
        : fromTraining(w as ClassifierWeights);
    tables.set(w, t);
  }
  return t;
}
tableOf(shipped);
export const THRESHOLDS: Thresholds = shipped.thresholds;
/** The shipped weights' features (for tests and the curious). */
export const shippedFeatures = (): string[] => unpack(tableOf(shipped).features);

/** The classifier's reading of one message's features (see crisis-features.ts). */
export function classify(
  features: string[],
  explain = false,
  w: ClassifierWeights | ShippedWeights = shipped,
): Classification {
  const t = tableOf(w);
  const z = Float64Array.from(t.bias);
  const rows: [string, Float64Array][] = [];
  for (const f of features) {
    const i = packedFind(t.features, t.slots, f);
    if (i === undefined) continue;
    const at = i * N;
    for (let k = 0; k < N; k++) z[k] = (z[k] as number) + (t.rows[at + k] as number);
    if (explain) rows.push([f, t.rows.subarray(at, at + N)]);
  }
  let max = z[0] as number;
  for (let k = 1; k < N; k++) max = Math.max(max, z[k] as number);
  let sum = 0;
  for (let k = 0; k < N; k++) {
    z[k] = Math.exp((z[k] as number) - max);
    sum += z[k] as number;
  }
  // The likeliest kind, and a second one at least half as likely.
  let best = 1;
  for (let k = 2; k < N; k++) if ((z[k] as number) > (z[best] as number)) best = k;
  let next = best === 1 ? 2 : 1;
  for (let k = 1; k < N; k++) if (k !== best && (z[k] as number) > (z[next] as number)) next = k;
  const also =
    (z[next] as number) >= 0.5 * (z[best] as number) ? (CLASSES[next] as CrisisKind) : null;
  const top = rows
    .map(([f, row]): [string, number] => [f, round((row[best] ?? 0) - (row[0] ?? 0))])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return { p: 1 - (z[0] as number) / sum, kind: CLASSES[best] as CrisisKind, also, top };
}

const round = (v: number) => Math.round(v * 100) / 100;
