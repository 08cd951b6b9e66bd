// npm run eval: run every question set in test/eval/ and print accuracy and each miss.
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { loadEvalSets } from '../evaluation/eval-sets.ts';
import { predictor } from '../evaluation/predict.ts';
import { score } from '../evaluation/score.ts';
import { bootBot } from './boot.ts';

const { guide } = bootBot();
const items = loadEvalSets(join(repoRoot, 'test', 'eval'), ['safety.yaml', 'phi.yaml']);
const s = score(items, predictor(guide));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const m of s.misses) {
  process.stdout.write(
    `miss   ${JSON.stringify(m.q)}\n       expected ${m.expect.join('|')}, got ${m.got ?? 'none'} [${m.ranked.join(', ')}]\n`,
  );
}
for (const m of s.falseAnswers) {
  process.stdout.write(`wrong  ${JSON.stringify(m.q)} is out of scope, got ${m.got}\n`);
}
process.stdout.write(
  `\n${s.inScope} in-scope questions: top-1 ${pct(s.top1)}, top-3 ${pct(s.top3)}\n` +
    `${s.outOfScope} out-of-scope questions: rejected ${pct(s.rejection)}\n`,
);
