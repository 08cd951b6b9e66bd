// Training the crisis classifier (src/core/safety/crisis-classifier.ts): a softmax regression
// over "none" and the six kinds, by stochastic gradient descent with a fixed seed, so the same
// data always gives the same weights. The data: the crisis corpora in training/, the sets the
// rules were tuned on (test/eval/safety*.yaml, crisis-blind-a, -b, -e, -m, -n) and the blind sets
// C, D, F to L and O to AE. Sets from AF on are never trained on: they measure.
// Thresholds are chosen on predictions made by cross-validation (each message scored by a model
// that never saw it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
import { blindCrisisSetSchema, evalFiles, loadEvalSets, loadList } from './eval-sets.ts';
import { isHeldBack } from './held-back.ts';

export interface TrainingItem {
  q: string;
  crisis: boolean;
  kind?: CrisisKind | undefined;
  category?: string | undefined;
  /** "corpus" (training/, never used to tune the rules), "tuned" (the rules were tuned on it) or
   * "ordinary" (an ethics question of the topic sets or the matcher's training, never a crisis). */
  source: 'corpus' | 'tuned' | 'ordinary';
}

/** The share of training crises the veto and the doubt may lower to the line. */
const LOWER_SHARE = 0.001;

/** Blind sets the rules were tuned on (A, B, E, M, N), and G to K, trained on before L was written
 * and counted with them since. Every other blind set is held back first and never tuned on: once
 * the classifier learns it, it joins the corpus the thresholds are chosen on, with training/. */
const TUNED_BLIND = /crisis-blind-[abeg-kmn]-/;
const isCorpus = (f: string) =>
  f.startsWith('training/') || (f.includes('crisis-blind-') && !TUNED_BLIND.test(f));

/** Blind sets read by hand but not learned. Set AX (2026-12-06) was measured untuned, then read
 * to mend the rules; learned as well, the classifier missed 4 more crises (59 against 55) and
 * raised 6 more alarms (50 against 44) on the 6,024 messages of the held-back sets AN to AW. Sets
 * AZ (later that day), BB (the day's last round), BD (a round the next session), BF, BH, BJ
 * (the rounds after), BL, BN and BP (2026-12-06, night), BR, BT, BV, BX, BZ, CB, CD, CF, CH, CJ and CL (2026-12-07), CN and CP (2026-12-08) are
 * kept the same way. */
export const NOT_LEARNED = /crisis-blind-(?:a[xz]|b[bdfhjlnprtvxz]|c[bdfhjlnp])-/;

/** The training files, relative to the repository: every blind crisis set but the held-back ones
 * (src/evaluation/held-back.ts, the one list of what measures) and those read but not learned. */
export function trainingFiles(): string[] {
  const evalDir = readdirSync(join(repoRoot, 'test/eval'))
    .filter(
      (f) =>
        /^(?:safety.*|crisis-blind-.*)\.yaml$/.test(f) && !isHeldBack(f) && !NOT_LEARNED.test(f),
    )
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

/** The ordinary questions' files (see ordinaryItems): trained on and checked against. */
function ordinaryFiles(): string[] {
  return ORDINARY_DIRS.flatMap((dir) =>
    evalFiles(join(repoRoot, dir), 'topics')
      .map((f) => `${dir}/${basename(f)}`)
      .filter(isOrdinaryFile),
  ).sort();
}

/** sha256 of the training data, the ordinary questions and the feature code; the shipped
 * weights carry it. */
export function trainingHash(): string {
  const h = createHash('sha256');
  for (const f of [...trainingFiles(), ...ordinaryFiles(), ...codeFiles()]) {
    h.update(`${f}\n`);
    h.update(readFileSync(join(repoRoot, f), 'utf8').replace(/\r\n/g, '\n'));
  }
  return h.digest('hex');
}

export function loadTraining(): TrainingItem[] {
  return loadFiles(trainingFiles());
}

/** What makes two training messages the same one: their words, whatever the case or spaces around. */
export const messageKey = (q: string): string => q.trim().toLowerCase();

/** Crisis sets, each message once; files under training/ are the corpus the rules never saw. */
export function loadFiles(files: string[]): TrainingItem[] {
  const seen = new Set<string>();
  const items: TrainingItem[] = [];
  for (const f of files) {
    for (const it of loadList(join(repoRoot, f), blindCrisisSetSchema)) {
      const key = messageKey(it.q);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ ...it, source: isCorpus(f) ? 'corpus' : 'tuned' });
    }
  }
  return items;
}

const EPOCHS = 30;
const RATE = 0.1;
/** Weight decay. With the word-prefix features, cross-validated on the 16,103 training messages
 * of 2026-12-05 (before corpora 12 to 15), 1e-3 against 1e-4: as many
 * crises caught (7,668 of 7,840), 10 more given at least the line (7,798), 4 more false alarms
 * (134 of 8,263), as many ordinary questions given the protocol (82 of 14,063); 2e-3 and 4e-3
 * caught fewer. Smaller weights lean less on words one writer happened to use. */
const L2 = 1e-3;
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

/** The rules' reading of each message, kept: cross-validation and training read each many times. */
const readCache = new Map<string, RuleReading>();
function read(q: string): RuleReading {
  let r = readCache.get(q);
  if (!r) {
    r = readRules(q);
    readCache.set(q, r);
  }
  return r;
}

export interface Scored {
  item: TrainingItem;
  reading: RuleReading;
  c: Classification;
}

/**
 * A message's fold, from its own words: adding a corpus leaves every other message in its fold,
 * so figures with and without the corpus compare the same splits (with folds dealt by position,
 * adding one moved the ordinary questions' false alarms by 8 of 14,062 on its own).
 */
function foldOf(q: string, k: number): number {
  return createHash('sha256').update(messageKey(q)).digest().readUInt32BE(0) % k;
}

/** Each message scored by a model trained on the other folds. */
function crossValidate(items: TrainingItem[], k = 5): Scored[] {
  const readings = items.map((it) => read(it.q));
  const folds = items.map((it) => foldOf(it.q, k));
  const out: Scored[] = [];
  for (let f = 0; f < k; f++) {
    const examples = items.flatMap((it, i) => {
      const y = target(it, readings[i] as RuleReading);
      return folds[i] !== f && y !== null
        ? [{ features: (readings[i] as RuleReading).features, y }]
        : [];
    });
    const w = train(examples, { crisis: 1, possible: 1 }, '');
    items.forEach((item, i) => {
      if (folds[i] !== f) return;
      const reading = readings[i] as RuleReading;
      out.push({ item, reading, c: classify(reading.features, false, w) });
    });
  }
  return out;
}

/** The final weights, on every training message. */
function trainAll(items: TrainingItem[], thresholds: Thresholds): ClassifierWeights {
  const examples = items.flatMap((it) => {
    const reading = read(it.q);
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

/** Figures before anything is counted. */
export const noFigures = (): Figures => ({
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
});

/** Recall, false alarms and lines of a scored set under thresholds (or the rules alone). */
export function figures(scored: Scored[], t: Thresholds | null): Figures {
  const f = noFigures();
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
 * The largest chance of a crisis below which the classifier lowers the crises of the rules that
 * `lowerable` picks to the line, such that at most `LOWER_SHARE` of the crises of the training
 * data (cross-validated, every source) are lowered: they still get the line. With none allowed,
 * one training crisis the classifier reads wrong pins the bar at its lowest.
 */
function chooseLowering(
  scored: Scored[],
  lowerable: (r: RuleReading) => boolean,
  candidates: number[],
): number {
  const crises = scored.filter((s) => s.item.crisis).length;
  let below = 0;
  for (const v of candidates) {
    const lowered = scored.filter(
      (s) => s.item.crisis && s.reading.level === 'crisis' && lowerable(s.reading) && s.c.p < v,
    ).length;
    if (lowered > LOWER_SHARE * crises) break;
    below = v;
  }
  return below;
}

/** Topics whose questions may tell a danger now: a protocol there is no false alarm. */
const DANGER_TOPICS = new Set([
  'crisis-suicide-risk',
  'duty-to-warn',
  'mandated-reporting',
  'overdose-medical-emergency',
]);

const ORDINARY_DIRS = ['test/eval', 'knowledge/training'];
/** Of the matcher's training, the corpora written to be learned (match-train-*) and the first
 * measured sets copied there (A to D, F, J); the sets copied since 2026-12-07 are left out: with
 * them (18,769 questions) the cross-validated figures fell to 17,138 crises caught and 223 false
 * alarms, and with the corpora alone the readable questions lost more than they gained (a
 * question on when a bridge opened got the protocol). */
const isOrdinaryFile = (f: string) =>
  !f.startsWith('knowledge/training/') || /\/match-(?:train-[^/]+|[a-d]|f|j)\.yaml$/.test(f);

/**
 * Ordinary ethics questions as training messages, none a crisis: the topic sets (test/eval) and
 * the matcher's blind-written training questions (knowledge/training: long stories in many
 * voices, which the crisis corpora's hard negatives do not cover), less any the crisis training
 * holds. The classifier learns from them like the rest (without them it read a gift handed over
 * or a client's "you're the only one who gets me" as a farewell, sure of a suicide), and the
 * thresholds are checked on their cross-validated scores. Questions that expect a danger topic are
 * left out, since many of them are crises and a protocol there is right.
 */
function ordinaryItems(training: TrainingItem[]): TrainingItem[] {
  const seen = new Set(training.map((it) => messageKey(it.q)));
  return ORDINARY_DIRS.flatMap((dir) =>
    loadEvalSets(join(repoRoot, dir)).filter((it) => isOrdinaryFile(`${dir}/${it.file}`)),
  )
    .filter((it) => !it.expect.some((t) => DANGER_TOPICS.has(t)))
    .filter((it) => {
      const key = messageKey(it.q);
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .map((it) => ({ q: it.q, crisis: false, category: 'ethics', source: 'ordinary' as const }));
}

/** Cross-validated scores of crisis training messages and ordinary questions, trained together:
 * `scored` the former (the thresholds' corpus), `ordinary` the latter. */
function crossValidateAll(
  training: TrainingItem[],
  ordinary: TrainingItem[],
): { scored: Scored[]; ordinary: Scored[] } {
  const all = crossValidate([...training, ...ordinary]);
  return {
    scored: all.filter((s) => s.item.source !== 'ordinary'),
    ordinary: all.filter((s) => s.item.source === 'ordinary'),
  };
}

/**
 * How many false alarms (a share of the non-crises) the classifier may add to the rules': a missed
 * crisis costs far more than an alarm. Cross-validated on 14,304 training messages (before
 * corpus 9), 1% caught 92.3% of the corpus's crises and 2% caught 93.4%, the corpus's alarms
 * going from 78 to 80 of 4,171 and the ordinary questions' from 0.72% to 0.93% (3% passed 1% on
 * those).
 */
export const ALARM_BUDGET = 0.02;
/** How many more possible-danger lines it may add: kept at 1%, since the same 2% put the line on
 * 4.8% of the corpus's ethics questions (the bar is 5%) and on 3.8% of the ordinary ones. */
export const LINE_BUDGET = 0.01;

/**
 * The thresholds, on cross-validated predictions for the corpus the rules were never tuned on:
 * the classifier may add false alarms on at most `budget` of non-crises, the line on at most
 * `lineBudget` more, and ethics questions get the line at most 5% of the time. Ordinary ethics
 * questions (cross-validated too) get a protocol the rules did not give at most a fifth
 * of `budget` of the time and the line at most `lineBudget` more. Then the most crises caught,
 * then the most given at least the line, then the fewest lines on non-crises.
 *
 * The three bars that make a protocol share the alarm budget and are searched together: `crisis`
 * (a sign of danger), `sure` (no sign of the concepts' own, told as now) and `override` (a
 * danger framed as the past, a what-if or "probably nothing"). Each buys crises at its own price
 * in alarms; searched one at a time, the first spent the budget on its dearest crises. The crisis
 * threshold may be 1 (never) while the line's is lower.
 */
export function chooseThresholds(
  scored: Scored[],
  topics: Scored[],
  budget = ALARM_BUDGET,
  lineBudget = LINE_BUDGET,
): Thresholds {
  const corpus = scored.filter((s) => s.item.source === 'corpus');
  // The veto lowers a framed crisis of the rules; doubt, any crisis of the rules not told as now.
  const veto = chooseLowering(
    scored,
    (r) => r.vetoable === true,
    [0.002, 0.005, 0.01, 0.02, 0.03, 0.05],
  );
  const doubt = chooseLowering(
    scored,
    (r) => r.doubtable === true,
    // Not above 0.02: with stronger weight decay a short, explicit message is less sure, and at
    // 0.05 "mi participante quiere acabar con su vida" was lowered to the line.
    [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02],
  );
  // The rules with the veto and doubt: what the classifier adds is measured against them.
  const rulesAlone = figures(corpus, { crisis: 2, possible: 2, veto, doubt });
  const topicsAlone = figures(topics, { crisis: 2, possible: 2, veto, doubt });
  // Which message gets the protocol never depends on the line's threshold: the protocol's bars
  // are chosen first (alarms), then the line's for the best of them (lines).
  const alarmsAllowed = (f: Figures, g: Figures) =>
    f.alarms - rulesAlone.alarms <= budget * f.others &&
    g.alarms - topicsAlone.alarms <= (budget / 5) * g.others;
  const linesAllowed = (f: Figures, g: Figures) =>
    f.possible - rulesAlone.possible <= lineBudget * f.others &&
    f.ethicsLined <= 0.05 * f.ethics &&
    g.possible - topicsAlone.possible <= lineBudget * g.others;
  // The classifier learns from ordinary questions too, so it is surer of what is no crisis: the
  // range went down from 0.5 and 0.8, where the search stopped with the budget half spent. At 0.2
  // and 0.4 the curve is flat (lower, 2 more of 4,725 training crises cost 9 more alarms). The
  // crisis bar stops at 0.22: at 0.2 (2026-12-06) 3 more of 17,777 crises cost 6 more alarms, and
  // a question about an infant's teething medicine got the protocol.
  const BARS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999, 2];
  const protocols: { t: Thresholds; caught: number }[] = [];
  for (let hi = 22; hi <= 100; hi += hi < 50 ? 2 : 1) {
    for (const sure of BARS.filter((x) => x >= hi / 100)) {
      // Overriding a framing the rules read (the past, a what-if) takes a surer classifier: at
      // 0.4 it raised "her ex used to beat her, he is in jail now" to the protocol, and at 0.8,
      // once the classifier learned sets AF to AM, a what-if of a threat and a quiz stem.
      for (const override of BARS.filter((x) => x >= Math.max(hi / 100, 0.85))) {
        const t = { crisis: hi / 100, possible: 2, veto, doubt, override, sure };
        const f = figures(corpus, t);
        if (alarmsAllowed(f, figures(topics, t))) protocols.push({ t, caught: f.caught });
      }
    }
  }
  protocols.sort((a, b) => b.caught - a.caught);
  let best: { t: Thresholds; key: number[] } | null = null;
  for (const { t: p, caught } of protocols) {
    // Fewer crises caught can never win once a choice is found.
    if (best && caught < (best.key[0] as number)) break;
    for (let lo = 4; lo <= Math.min(Math.round(p.crisis * 100), 99); lo += 2) {
      const t = { ...p, possible: lo / 100 };
      const f = figures(corpus, t);
      if (!linesAllowed(f, figures(topics, t))) continue;
      const key = [f.caught, f.lined, -f.possible];
      if (!best || better(key, best.key)) best = { t, key };
    }
  }
  return best?.t ?? { crisis: 1, possible: 1, veto, doubt };
}

/**
 * The whole training, as `npm run safety:train` runs it and `crisis-held-out.ts` repeats it with a
 * set left out: the ordinary questions join the messages, the thresholds are chosen on the
 * cross-validated scores (`scored`: the messages, `topics`: the ordinary questions), and the
 * final weights, which carry them, learn from everything.
 */
export function trainClassifier(items: TrainingItem[]): {
  ordinary: TrainingItem[];
  scored: Scored[];
  topics: Scored[];
  weights: ClassifierWeights;
} {
  const ordinary = ordinaryItems(items);
  const { scored, ordinary: topics } = crossValidateAll(items, ordinary);
  const weights = trainAll([...items, ...ordinary], { crisis: 1, possible: 1 });
  weights.thresholds = chooseThresholds(scored, topics);
  return { ordinary, scored, topics, weights };
}
