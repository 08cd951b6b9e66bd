// npm run safety:train: cross-validate the crisis classifier, choose its thresholds, train it on
// every training message and write src/core/safety/crisis-weights.json (committed; a test checks
// its hash against the training data and code). Prints the cross-validated figures;
// `npx tsx src/cli/crisis-held-out.ts` gives each set's figures with that set left out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { toShipped } from '../core/safety/crisis-classifier.ts';
import {
  type Figures,
  figures,
  loadTraining,
  trainClassifier,
} from '../evaluation/crisis-training.ts';
import { writeWordKeys } from './safety-keys.ts';

const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
function line(name: string, f: Figures): string {
  const kinds = Object.entries(f.perKind)
    .map(([k, [c, n]]) => `${k} ${c}/${n}`)
    .join(', ');
  return [
    `${name}: crises caught ${pct(f.caught, f.crises)}, with the line ${pct(f.lined, f.crises)}`,
    `  false alarms ${pct(f.alarms, f.others)}, possible on non-crises ${pct(f.possible, f.others)}, ethics lined ${pct(f.ethicsLined, f.ethics)}, wrong kind ${f.wrongKind}`,
    `  per kind: ${kinds}`,
  ].join('\n');
}

const items = loadTraining();
const started = Date.now();
const { ordinary, scored, topics, weights } = trainClassifier(items);
const thresholds = weights.thresholds;
const out = (s: string) => process.stdout.write(`${s}\n`);
out(
  `${items.length} crisis training messages and ${ordinary.length} ordinary questions; cross-validated (5 folds), thresholds chosen and trained in ${Date.now() - started} ms`,
);
out(
  `thresholds: crisis ${thresholds.crisis}, possible ${thresholds.possible}, sure ${thresholds.sure ?? 'never'}, veto ${thresholds.veto ?? 'never'}, doubt ${thresholds.doubt ?? 'never'}, override ${thresholds.override ?? 'never'}`,
);
const corpus = scored.filter((s) => s.item.source === 'corpus');
out(line('CV corpus, rules alone', figures(corpus, null)));
out(line('CV corpus, rules + classifier', figures(corpus, thresholds)));
out(line('CV all, rules + classifier', figures(scored, thresholds)));

out(line('CV ordinary questions, rules + classifier', figures(topics, thresholds)));
const path = join(repoRoot, 'src/core/safety/crisis-weights.json');
writeFileSync(path, `${JSON.stringify(toShipped(weights))}\n`);
writeWordKeys();
out(`wrote ${path}: ${Object.keys(weights.weights).length} features`);
