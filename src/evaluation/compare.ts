// This engine against other matchers, set by set: every engine answers through its own guide
// (createGuide with that matcher), so safety, small talk and the rest are the same for all and
// only the matching differs. Each question is put to each engine once; totals reuse the answers.
import { join } from 'node:path';
import { createGuide, type Guide } from '../core/guide.ts';
import type { Matcher, MatchResult } from '../core/matching.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { plainFuse, plainMiniSearch } from './baselines.ts';
import { type EvalItem, loadEvalSets } from './eval-sets.ts';
import { predictor } from './predict.ts';
import { type Prediction, type Score, score } from './score.ts';

export interface QuestionSet {
  name: string;
  items: EvalItem[];
}

export interface Contender {
  name: string;
  predict: (q: string) => Prediction;
}

/** One engine's score on a set, and (for the engines after the first) the first one's lead. */
export interface EngineScore {
  engine: string;
  score: Score;
  /** The first engine's figure minus this one's, in percentage points; null for the first. */
  lead: { top1: number; top3: number; rejection: number } | null;
}

export interface SetComparison {
  set: string;
  inScope: number;
  outOfScope: number;
  engines: EngineScore[];
}

export interface Comparison {
  engines: string[];
  sets: SetComparison[];
  totals: SetComparison[];
}

/** The matching sets: test/eval/*.yaml (topic sets), then test/eval/unseen/*.yaml (written blind,
 * never tuned on), one per file, named by their path under test/eval. */
export function matchingSets(evalDir: string): { tuned: QuestionSet[]; unseen: QuestionSet[] } {
  const byFile = (items: EvalItem[], prefix: string): QuestionSet[] =>
    [...new Set(items.map((i) => i.file))].map((file) => ({
      name: `${prefix}${file}`,
      items: items.filter((i) => i.file === file),
    }));
  return {
    tuned: byFile(loadEvalSets(evalDir), ''),
    unseen: byFile(loadEvalSets(join(evalDir, 'unseen')), 'unseen/'),
  };
}

/** The sets taken together: the tuned ones, the unseen ones, and every one. */
export function totalsOf(tuned: readonly QuestionSet[], unseen: readonly QuestionSet[]) {
  const together = (name: string, sets: readonly QuestionSet[]): QuestionSet => ({
    name,
    items: sets.flatMap((s) => s.items),
  });
  return [
    together('test/eval/*.yaml together', tuned),
    together('unseen/*.yaml together', unseen),
    together('every set', [...tuned, ...unseen]),
  ];
}

/** A guide as evaluation reads it (`predictor`), by name. */
export const contender = (name: string, guide: Guide): Contender => ({
  name,
  predict: predictor(guide),
});

/** Answers the last question again without matching it again: evaluation asks the guide for the
 * answer and then for the ranking of the same words, and a slow baseline need not pay twice. */
export function rememberLast(matcher: Matcher): Matcher {
  let last: { text: string; result: MatchResult } | null = null;
  return {
    match(text) {
      if (last?.text !== text) last = { text, result: matcher.match(text) };
      return last.result;
    },
  };
}

/** This engine (its guide as given), then plain fuse.js and MiniSearch, each in a guide of its
 * own over the same knowledge. */
export function contenders(kb: KnowledgeBase, engine: Guide): Contender[] {
  return [
    contender('boundary-bot', engine),
    contender('fuse.js', createGuide(kb, { matcher: rememberLast(plainFuse(kb)) })),
    contender('MiniSearch', createGuide(kb, { matcher: rememberLast(plainMiniSearch(kb)) })),
  ];
}

const points = (a: number, b: number) => Math.round(1000 * (a - b)) / 10;

function compareOne(set: QuestionSet, engines: readonly Contender[]): SetComparison {
  const scores = engines.map((e) => score(set.items, e.predict));
  const first = scores[0] as Score;
  return {
    set: set.name,
    inScope: first.inScope,
    outOfScope: first.outOfScope,
    engines: scores.map((s, k) => ({
      engine: (engines[k] as Contender).name,
      score: s,
      lead:
        k === 0
          ? null
          : {
              top1: points(first.top1, s.top1),
              top3: points(first.top3, s.top3),
              rejection: points(first.rejection, s.rejection),
            },
    })),
  };
}

/** Every engine on every set, then on each group of sets taken together (`totals`). The first
 * engine is the one whose lead is measured. */
export function compareSets(
  sets: readonly QuestionSet[],
  engines: readonly Contender[],
  totals: readonly QuestionSet[] = [],
): Comparison {
  const cached = engines.map((e) => {
    const seen = new Map<string, Prediction>();
    return {
      name: e.name,
      predict: (q: string) => {
        let p = seen.get(q);
        if (!p) {
          p = e.predict(q);
          seen.set(q, p);
        }
        return p;
      },
    };
  });
  return {
    engines: engines.map((e) => e.name),
    sets: sets.map((s) => compareOne(s, cached)),
    totals: totals.map((s) => compareOne(s, cached)),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;

/** The comparison as text: per set, a line per figure (top-1, top-3, out of scope turned down)
 * with each engine side by side and the first engine's lead over each other one, in points. */
export function comparisonTable(c: Comparison): string {
  const [lead, ...others] = c.engines;
  const head = [
    'set'.padEnd(28),
    'questions'.padEnd(11),
    'figure'.padEnd(14),
    ...c.engines.map((e) => e.padStart(13)),
    ...others.map((e) => `lead over ${e}`.padStart(22)),
  ].join('');
  const lines = [head];
  const block = (s: SetComparison) => {
    const figures: [string, (x: Score) => number, 'top1' | 'top3' | 'rejection'][] = [];
    if (s.inScope) figures.push(['top-1', (x) => x.top1, 'top1'], ['top-3', (x) => x.top3, 'top3']);
    if (s.outOfScope) figures.push(['out of scope', (x) => x.rejection, 'rejection']);
    figures.forEach(([label, get, key], row) => {
      lines.push(
        [
          (row === 0 ? s.set : '').padEnd(28),
          (row === 0 ? `${s.inScope} + ${s.outOfScope}` : '').padEnd(11),
          label.padEnd(14),
          ...s.engines.map((e) => pct(get(e.score)).padStart(13)),
          ...s.engines.slice(1).map((e) => signed(e.lead?.[key] ?? 0).padStart(22)),
        ].join(''),
      );
    });
  };
  for (const s of c.sets) block(s);
  if (c.totals.length) lines.push('');
  for (const s of c.totals) block(s);
  lines.push(
    '',
    `questions: in scope + out of scope; out of scope: share turned down; lead: ${lead} minus the other engine, in percentage points`,
  );
  return `${lines.join('\n')}\n`;
}
