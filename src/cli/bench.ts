// npm run bench: accuracy and per-question latency of this engine against plain fuse.js and
// MiniSearch (both with default options) on the same topics and questions, and this engine's
// latency on a synthetic knowledge base of 4,000 topics. Prints numbers; never fails on time.
import { join } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { repoRoot } from '../config.ts';
import { createGuide } from '../core/guide.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import { redact } from '../core/safety/identifiers.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { loadEvalSets } from '../evaluation/eval-sets.ts';
import { predictor } from '../evaluation/predict.ts';
import { score } from '../evaluation/score.ts';
import { syntheticKnowledge } from '../evaluation/synthetic.ts';
import { bootKnowledge } from './boot.ts';

/** Timed passes after a warm-up (the slow baselines are timed on their one scoring pass). */
const PASSES = 5;

type Ranker = (q: string) => { topic: string | null; ranked: string[] };

function percentiles(times: number[]) {
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { median: at(0.5), p99: at(0.99), max: times[times.length - 1] as number };
}

/** Milliseconds of one call. */
function clock<T>(fn: () => T, times: number[]): T {
  const start = process.hrtime.bigint();
  const result = fn();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  return result;
}

function timed(questions: readonly string[], run: (q: string) => unknown) {
  for (const q of questions) run(q); // warms up the JIT
  const times: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) for (const q of questions) clock(() => run(q), times);
  return percentiles(times);
}

/** This engine: scored as `ask` answers, timed on `answer` alone (what a reply costs). */
function engine(kb: KnowledgeBase): Engine {
  const guide = createGuide(kb);
  return { rank: predictor(guide), time: (q) => guide.answer(q) };
}

interface Engine {
  rank: Ranker;
  /** Timed separately over PASSES when given; else the scoring pass is timed. */
  time?: (q: string) => unknown;
}
const plain = (rank: Ranker): Engine => ({ rank });

function plainFuse(kb: KnowledgeBase): Ranker {
  const fuse = new Fuse(kb.topics, { keys: ['title', 'keywords', 'questions'] });
  return (q) => {
    const ranked = fuse.search(q, { limit: 3 }).map((r) => r.item.id);
    return { topic: ranked[0] ?? null, ranked };
  };
}

function miniSearch(kb: KnowledgeBase): Ranker {
  const ms = new MiniSearch({ fields: ['title', 'keywords', 'questions'], storeFields: [] });
  ms.addAll(
    kb.topics.map((t) => ({
      id: t.id,
      title: t.title,
      keywords: t.keywords.join(' '),
      questions: t.questions.join(' '),
    })),
  );
  return (q) => {
    const ranked = ms
      .search(q)
      .slice(0, 3)
      .map((r) => String(r.id));
    return { topic: ranked[0] ?? null, ranked };
  };
}

const kb = bootKnowledge();
const items = loadEvalSets(join(repoRoot, 'test', 'eval'));
const inScope = items.filter((i) => i.expect.length);
const questions = items.map((i) => i.q);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

console.log(
  `knowledge base: ${kb.topics.length} topics; questions: ${inScope.length} in scope, ${items.length - inScope.length} out of scope; this engine timed over ${PASSES} passes after a warm-up, the baselines on one pass\n`,
);
console.log('engine                     top-1   top-3   out-of-scope rejected   median      p99');
for (const [name, make] of [
  ['boundary-bot matcher', engine],
  ['fuse.js, default options', (k: KnowledgeBase) => plain(plainFuse(k))],
  ['MiniSearch, default options', (k: KnowledgeBase) => plain(miniSearch(k))],
] as const) {
  const e = make(kb);
  const times: number[] = [];
  const s = score(items, e.time ? e.rank : (q) => clock(() => e.rank(q), times));
  const t = e.time ? timed(questions, e.time) : percentiles(times);
  console.log(
    `${name.padEnd(27)}${pct(s.top1).padStart(6)}  ${pct(s.top3).padStart(6)}  ${pct(s.rejection).padStart(14)}          ${ms(t.median).padStart(9)}  ${ms(t.p99).padStart(9)}`,
  );
}

const SIZE = 4000;
let start = performance.now();
const big = syntheticKnowledge(kb, SIZE);
const bigRank = engine(big).time as (q: string) => unknown;
const build = performance.now() - start;
start = performance.now();
for (const q of questions) bigRank(q);
const cold = (performance.now() - start) / questions.length;
const t = timed(questions, bigRank);
console.log(
  `\nsynthetic knowledge base of ${SIZE} topics: index built in ${build.toFixed(0)} ms; first pass ${ms(cold)} a question (cold spelling cache); then median ${ms(t.median)}, p99 ${ms(t.p99)}, max ${ms(t.max)}`,
);
const long = `${'my client offered me a gift card and I do not know what to say '.repeat(700)}`;
const lt = timed([long], engine(kb).time as (q: string) => unknown);
console.log(`a ${long.length}-character question: median ${ms(lt.median)}, p99 ${ms(lt.p99)}`);

const safety = timed(questions, (q) => [detectCrisis(q), redact(q)]);
console.log(
  `safety checks (crisis detection and identifier redaction) add a median ${ms(safety.median)}, p99 ${ms(safety.p99)} a question (included in the engine's times above)`,
);
