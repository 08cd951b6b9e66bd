// npm run bench: accuracy of this engine against plain fuse.js and MiniSearch (default options,
// each through its own guide: src/evaluation/compare.ts) on every matching set, per set and in
// total; per-question latency of each; and this engine's latency on a synthetic knowledge base
// of 4,000 topics. Prints numbers; never fails on time. fuse.js takes about half a second a
// question: a run over every set takes the better part of an hour; `-- --engine-only` times
// this engine alone and `-- --set match-i` keeps only the matching sets whose name holds that.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.ts';
import { createGuide } from '../core/guide.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import { redact } from '../core/safety/identifiers.ts';
import type { KnowledgeBase } from '../core/types.ts';
import {
  compareSets,
  comparisonTable,
  contenders,
  matchingSets,
  totalsOf,
} from '../evaluation/compare.ts';
import { syntheticKnowledge } from '../evaluation/synthetic.ts';
import { bootBot } from './boot.ts';

/** Timed passes after a warm-up (the slow baselines are timed on their one scoring pass). */
const PASSES = 5;

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

function timed(questions: readonly string[], run: (q: string) => unknown, passes = PASSES) {
  for (const q of questions) run(q); // warms up the JIT
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) for (const q of questions) clock(() => run(q), times);
  return percentiles(times);
}

/** This engine's reply on a knowledge base with no weights built ahead of time (trained here). */
const engine = (kb: KnowledgeBase) => {
  const guide = createGuide(kb);
  return (q: string) => guide.answer(q);
};

const { values } = parseArgs({
  options: { 'engine-only': { type: 'boolean' }, set: { type: 'string' } },
});
// The real knowledge is answered as every surface answers it: the bot's own guide, on the weights
// and index `npm run kb:build` ships (a guide trained here looks its features up differently).
const bot = bootBot();
const kb = bot.kb;
const reply = (q: string) => bot.guide.answer(q);
const { tuned, unseen } = matchingSets(join(repoRoot, 'test', 'eval'));
const all = [...tuned, ...unseen].filter((s) => s.name.includes(values.set ?? ''));
const items = all.flatMap((s) => s.items);
const questions = [...new Set(items.map((i) => i.q))];
const ms = (x: number) => `${x.toFixed(3)} ms`;
const outOfScope = items.filter((i) => !i.expect.length).length;

console.log(
  `knowledge base: ${kb.topics.length} topics; ${all.length} matching sets, ${items.length - outOfScope} in-scope and ${outOfScope} out-of-scope questions\n`,
);
// Each baseline is timed on its one scoring pass (the answer and the ranking: one match).
const engines = contenders(kb, bot.guide).slice(0, values['engine-only'] ? 1 : undefined);
const times = engines.map(() => [] as number[]);
const c = compareSets(
  all,
  engines.map((e, k) => ({
    name: e.name,
    predict: (q: string) => clock(() => e.predict(q), times[k] as number[]),
  })),
  values.set ? [] : totalsOf(tuned, unseen),
);
console.log(comparisonTable(c));

const own = timed(questions, reply);
console.log(
  `latency a question: ${engines[0]?.name} median ${ms(own.median)}, p99 ${ms(own.p99)} (its whole answer, ${PASSES} passes after a warm-up)`,
);
engines.slice(1).forEach((e, k) => {
  const t = percentiles(times[k + 1] as number[]);
  console.log(
    `                    ${e.name} median ${ms(t.median)}, p99 ${ms(t.p99)} (answer and ranking, one pass)`,
  );
});

const SIZE = 4000;
let start = performance.now();
const big = syntheticKnowledge(kb, SIZE);
const bigRank = engine(big);
const build = performance.now() - start;
start = performance.now();
for (const q of questions) bigRank(q);
const cold = (performance.now() - start) / questions.length;
const t = timed(questions, bigRank);
console.log(
  `\nsynthetic knowledge base of ${SIZE} topics: index built in ${build.toFixed(0)} ms; first pass ${ms(cold)} a question (cold spelling cache); then median ${ms(t.median)}, p99 ${ms(t.p99)}, max ${ms(t.max)}`,
);
const long = `${'my client offered me a gift card and I do not know what to say '.repeat(700)}`;
// One question: enough passes that its p99 is not simply the slowest of five.
const lt = timed([long], reply, 200);
console.log(`a ${long.length}-character question: median ${ms(lt.median)}, p99 ${ms(lt.p99)}`);

const safety = timed(questions, (q) => [detectCrisis(q), redact(q)]);
console.log(
  `safety checks (crisis detection and identifier redaction) add a median ${ms(safety.median)}, p99 ${ms(safety.p99)} a question (included in the engine's times above)`,
);
