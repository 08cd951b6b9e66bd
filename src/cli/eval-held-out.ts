// npx tsx src/cli/eval-held-out.ts [--training] [pattern]: the honest figures for sets the
// matcher learns from. Each test/eval/unseen set is also training data (knowledge/training/), so
// `npm run eval` scores it after learning it. Here each set in turn is taken out of the training
// (every one of its questions, wherever it appears), the matcher is trained on the rest, and the
// set is scored through the guide: top-1, top-3 and out of scope turned down, as `npm run eval`
// reports them. With --training the sets are the blind training corpora
// (knowledge/training/match-train-*.yaml): whether a new corpus helps is measured on the others,
// e.g. `--training 'match-train-([5-9]|1[0-5])\.'` before and after it joins. The pattern (a
// regular expression) picks the files. Trains once per set (a few seconds each).
import { join } from 'node:path';
import { loadConfig, repoRoot } from '../config.ts';
import { createGuide } from '../core/guide.ts';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import { createMatcher } from '../core/matcher.ts';
import { loadEvalSets } from '../evaluation/eval-sets.ts';
import { predictor } from '../evaluation/predict.ts';
import { score } from '../evaluation/score.ts';

const config = loadConfig();
const args = process.argv.slice(2);
const training = args.includes('--training');
const pattern = new RegExp(args.find((a) => a !== '--training') ?? '');
const unseen = training
  ? loadEvalSets(join(repoRoot, 'knowledge', 'training')).filter((i) =>
      i.file.startsWith('match-train-'),
    )
  : loadEvalSets(join(repoRoot, 'test', 'eval', 'unseen'));
const files = [...new Set(unseen.map((i) => i.file))].filter((f) => pattern.test(f));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const total = { top1: 0, top3: 0, inScope: 0, rejected: 0, outOfScope: 0 };
for (const file of files) {
  const held = unseen.filter((i) => i.file === file);
  const out = new Set(held.map((i) => i.q));
  const kb = loadKnowledgeWithOverlay(config.knowledgeDir, config.agencyKnowledgeDir);
  for (const t of kb.topics) if (t.examples) t.examples = t.examples.filter((q) => !out.has(q));
  kb.outOfScope.questions = kb.outOfScope.questions.filter((q) => !out.has(q));
  const s = score(held, predictor(createGuide(kb, { matcher: createMatcher(kb) })));
  total.top1 += s.top1 * s.inScope;
  total.top3 += s.top3 * s.inScope;
  total.inScope += s.inScope;
  total.rejected += s.rejection * s.outOfScope;
  total.outOfScope += s.outOfScope;
  process.stdout.write(
    `${file.padEnd(18)} ${s.inScope} + ${s.outOfScope}  top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  out of scope ${pct(s.rejection)}\n`,
  );
}
process.stdout.write(
  `${'together'.padEnd(18)} ${total.inScope} + ${total.outOfScope}  top-1 ${pct(total.top1 / total.inScope)}  top-3 ${pct(total.top3 / total.inScope)}  out of scope ${pct(total.rejected / total.outOfScope)}\n`,
);
