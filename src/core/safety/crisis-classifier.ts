// The crisis classifier: a logistic regression over the message's words, word pairs and the
// concepts found (crisis-features.ts), trained ahead of time on the crisis corpora by
// `npm run safety:train` (src/evaluation/crisis-training.ts) and shipped as
// crisis-weights.json. One softmax over "none" and the six kinds: the chance of a crisis is
// 1 - P(none), the kind is the likeliest of the six. It complements the rules (crisis.ts):
// it has read many more ways of telling a danger than the rules name.
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

export interface ClassifierWeights {
  /** sha256 of the training data and the feature code (crisis-training.ts, trainingHash). */
  hash: string;
  thresholds: Thresholds;
  bias: number[];
  weights: Record<string, number[]>;
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

const model = weights as ClassifierWeights;
const N = CLASSES.length;
/** Rows as typed arrays, built once per weights (the shipped ones at start-up). */
const tables = new WeakMap<ClassifierWeights, Map<string, Float64Array>>();
function tableOf(w: ClassifierWeights): Map<string, Float64Array> {
  const known = tables.get(w);
  if (known) return known;
  const t = new Map<string, Float64Array>();
  for (const f in w.weights) t.set(f, Float64Array.from(w.weights[f] ?? []));
  tables.set(w, t);
  return t;
}
tableOf(model);
export const THRESHOLDS: Thresholds = model.thresholds;

/** The classifier's reading of one message's features (see crisis-features.ts). */
export function classify(
  features: string[],
  explain = false,
  w: ClassifierWeights = model,
): Classification {
  const lookup = tableOf(w);
  const z = Float64Array.from(w.bias);
  const rows: [string, Float64Array][] = [];
  for (const f of features) {
    const row = lookup.get(f);
    if (!row) continue;
    for (let k = 0; k < N; k++) z[k] = (z[k] as number) + (row[k] as number);
    if (explain) rows.push([f, row]);
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
