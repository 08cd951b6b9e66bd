// Training the crisis classifier (src/core/safety/crisis-classifier.ts): a softmax regression
// over "none" and the six kinds, by stochastic gradient descent with a fixed seed, so the same
// data always gives the same weights. The data: the crisis corpus in training/ and the sets
// the rules were tuned on (test/eval/safety*.yaml, crisis-blind-a-*, crisis-blind-b-*). Set C
// (crisis-blind-c-*) is never trained on: it measures. Thresholds are chosen on predictions
// made by cross-validation (each message scored by a model that never saw it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { combine, type RuleReading, readRules } from '../core/safety/crisis.ts';
import {
  CLASSES,
  type Classification,
  type ClassifierWeights,
  classify,
  type Thresholds,
} from '../core/safety/crisis-classifier.ts';
import type { CrisisKind } from '../core/types.ts';
import { blindCrisisSetSchema, loadList } from './eval-sets.ts';

export interface TrainingItem {
  q: string;
  crisis: boolean;
  kind?: CrisisKind | undefined;
  category?: string | undefined;
  /** "corpus" (training/, never used to tune the rules) or "tuned" (the rules were tuned on it). */
  source: 'corpus' | 'tuned';
}

/** The training files, relative to the repository; never set C. */
export function trainingFiles(): string[] {
  const evalDir = readdirSync(join(repoRoot, 'test/eval'))
    .filter((f) => /^(?:safety.*|crisis-blind-[ab]-.*)\.yaml$/.test(f))
    .map((f) => `test/eval/${f}`);
  const corpus = readdirSync(join(repoRoot, 'training'))
    .filter((f) => /^crisis-train-.*\.yaml$/.test(f))
    .map((f) => `training/${f}`);
  return [...corpus, ...evalDir].sort();
}

/** The code the features and the decision come from: weights trained with other code are stale. */
function codeFiles(): string[] {
  const safety = readdirSync(join(repoRoot, 'src/core/safety'))
    .filter((f) => /^crisis.*\.ts$/.test(f))
    .map((f) => `src/core/safety/${f}`);
  return [...safety, 'src/core/normalize.ts', 'src/evaluation/crisis-training.ts'].sort();
}

/** sha256 of the training data and the feature code; the shipped weights carry it. */
export function trainingHash(): string {
  const h = createHash('sha256');
  for (const f of [...trainingFiles(), ...codeFiles()]) {
    h.update(`${f}\n`);
    h.update(readFileSync(join(repoRoot, f), 'utf8').replace(/\r\n/g, '\n'));
  }
  return h.digest('hex');
}

export function loadTraining(): TrainingItem[] {
  const seen = new Set<string>();
  const items: TrainingItem[] = [];
  for (const f of trainingFiles()) {
    for (const it of loadList(join(repoRoot, f), blindCrisisSetSchema)) {
      const key = it.q.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ ...it, source: f.startsWith('training/') ? 'corpus' : 'tuned' });
    }
  }
  return items;
}

/** Set C, for measuring only. */
export function loadSetC(): TrainingItem[] {
  return ['pos', 'neg'].flatMap((s) =>
    loadList(join(repoRoot, `test/eval/crisis-blind-c-${s}.yaml`), blindCrisisSetSchema).map(
      (it) => ({ ...it, source: 'corpus' as const }),
    ),
  );
}

const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-4;
/** A feature seen in fewer messages than this is not learned (noise, and a smaller file). */
const MIN_COUNT = 2;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** The class a training message teaches: its kind, or the rules' kind when the set names none. */
function target(it: TrainingItem, r: RuleReading): number | null {
  if (!it.crisis) return 0;
  const kind = it.kind ?? r.kinds[0] ?? r.suspected[0];
  return kind ? CLASSES.indexOf(kind) : null;
}

/** Weights from messages already read by the rules (their features). */
export function train(
  examples: { features: string[]; y: number }[],
  thresholds: Thresholds,
  hash: string,
): ClassifierWeights {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const W = new Map<string, Float64Array>();
  for (const [f, n] of count) if (n >= MIN_COUNT) W.set(f, new Float64Array(CLASSES.length));
  const bias = new Float64Array(CLASSES.length);
  const rnd = random(42);
  let order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    order = shuffle(order, rnd);
    const rate = RATE / (1 + epoch * 0.2);
    for (const i of order) {
      const e = examples[i] as { features: string[]; y: number };
      const rows = e.features.flatMap((f) => W.get(f) ?? []);
      const z = Float64Array.from(bias);
      for (const row of rows) for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (row[k] ?? 0);
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < z.length; k++) {
        z[k] = Math.exp((z[k] ?? 0) - max);
        sum += z[k] ?? 0;
      }
      for (let k = 0; k < z.length; k++) {
        const g = (z[k] ?? 0) / sum - (k === e.y ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - rate * g;
        for (const row of rows) row[k] = (row[k] ?? 0) * (1 - rate * L2) - rate * g;
      }
    }
  }
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (const [f, row] of [...W].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (row.some((v) => Math.abs(v) >= 0.02)) weights[f] = [...row].map(r2);
  }
  return { hash, thresholds, bias: [...bias].map(r2), weights };
}

export interface Scored {
  item: TrainingItem;
  reading: RuleReading;
  c: Classification;
}

/** Each message scored by a model trained on the other folds. */
export function crossValidate(items: TrainingItem[], k = 5): Scored[] {
  const readings = items.map((it) => readRules(it.q));
  const fold = shuffle(
    items.map((_, i) => i),
    random(7),
  );
  const foldOf = new Int32Array(items.length);
  fold.forEach((i, n) => {
    foldOf[i] = n % k;
  });
  const out: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const examples = items.flatMap((it, i) => {
      const y = target(it, readings[i] as RuleReading);
      return foldOf[i] !== f && y !== null
        ? [{ features: (readings[i] as RuleReading).features, y }]
        : [];
    });
    const w = train(examples, { crisis: 1, possible: 1 }, '');
    items.forEach((item, i) => {
      if (foldOf[i] !== f) return;
      const reading = readings[i] as RuleReading;
      out.push({ item, reading, c: classify(reading.features, false, w) });
    });
  }
  return out;
}

/** The final weights, on every training message. */
export function trainAll(items: TrainingItem[], thresholds: Thresholds): ClassifierWeights {
  const examples = items.flatMap((it) => {
    const reading = readRules(it.q);
    const y = target(it, reading);
    return y === null ? [] : [{ features: reading.features, y }];
  });
  return train(examples, thresholds, trainingHash());
}

export interface Figures {
  crises: number;
  caught: number;
  lined: number;
  others: number;
  alarms: number;
  possible: number;
  ethics: number;
  ethicsLined: number;
  wrongKind: number;
  perKind: Record<string, [number, number]>;
}

/** Recall, false alarms and lines of a scored set under thresholds (or the rules alone). */
export function figures(scored: Scored[], t: Thresholds | null): Figures {
  const f: Figures = {
    crises: 0,
    caught: 0,
    lined: 0,
    others: 0,
    alarms: 0,
    possible: 0,
    ethics: 0,
    ethicsLined: 0,
    wrongKind: 0,
    perKind: {},
  };
  for (const { item, reading, c } of scored) {
    const d = t ? combine(reading, c, t) : reading;
    if (item.crisis) {
      f.crises++;
      const kind = item.kind ?? 'unnamed';
      const pk = f.perKind[kind] ?? [0, 0];
      f.perKind[kind] = pk;
      pk[1]++;
      if (d.level === 'crisis') {
        f.caught++;
        pk[0]++;
      }
      if (d.level) f.lined++;
      if (d.level && item.kind && !d.kinds.includes(item.kind)) f.wrongKind++;
    } else {
      f.others++;
      if (d.level === 'crisis') f.alarms++;
      if (d.level === 'possible') f.possible++;
      if (item.category === 'ethics') {
        f.ethics++;
        if (d.level) f.ethicsLined++;
      }
    }
  }
  return f;
}

/** Compare lexicographically: is `a` better than `b`? */
function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/**
 * The thresholds, on cross-validated predictions for the corpus the rules were never tuned on:
 * the classifier may add false alarms on at most 1% of non-crises, the line on at most 1% more,
 * and ethics questions get the line at most 5% of the time. The ethics questions of the topic
 * sets (test/eval, never trained on; scored by the final weights) get no protocol the rules did
 * not give and the line on at most 1% more. Then the most crises caught, then the most given at
 * least the line, then the fewest lines on non-crises.
 */
export function chooseThresholds(scored: Scored[], topics: Scored[], budget = 0.01): Thresholds {
  const corpus = scored.filter((s) => s.item.source === 'corpus');
  const rulesAlone = figures(corpus, null);
  const topicsAlone = figures(topics, null);
  let best: { t: Thresholds; key: number[] } | null = null;
  for (let hi = 50; hi <= 99; hi++) {
    for (let lo = 10; lo <= hi; lo += 2) {
      const t = { crisis: hi / 100, possible: lo / 100 };
      const f = figures(corpus, t);
      if (f.alarms - rulesAlone.alarms > budget * f.others) continue;
      if (f.possible - rulesAlone.possible > budget * f.others) continue;
      if (f.ethicsLined > 0.05 * f.ethics) continue;
      const g = figures(topics, t);
      if (g.alarms > topicsAlone.alarms) continue;
      if (g.possible - topicsAlone.possible > budget * g.others) continue;
      const key = [f.caught, f.lined, -f.possible];
      if (!best || better(key, best.key)) best = { t, key };
    }
  }
  return best?.t ?? { crisis: 1, possible: 1 };
}
