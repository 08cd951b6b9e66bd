// npx tsx src/cli/crisis-corpus-trial.ts: should the corpora waiting in training/next be learned?
// Cross-validates the classifier twice, as `npm run safety:train` does, without them and with
// them, and prints both runs' figures on the messages the training already reads. A message's
// fold follows from its own words, so both runs split those messages alike and a difference is
// the corpora's, not the folds'. Writes nothing; about twice the time of a training.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import {
  type Figures,
  figures,
  loadFiles,
  loadTraining,
  messageKey,
  type Scored,
  trainClassifier,
} from '../evaluation/crisis-training.ts';

const waiting = readdirSync(join(repoRoot, 'training/next'))
  .filter((f) => /^crisis-train-.*\.yaml$/.test(f))
  .map((f) => `training/next/${f}`);
const out = (s: string) => process.stdout.write(`${s}\n`);
if (!waiting.length) {
  out('no crisis corpus waits in training/next');
  process.exit(0);
}

const base = loadTraining();
const known = new Set(base.map((i) => messageKey(i.q)));
const extra = loadFiles(waiting).filter((i) => !known.has(messageKey(i.q)));

const row = (name: string, f: Figures) =>
  `  ${name}: crises caught ${f.caught}/${f.crises}, with the line ${f.lined}, false alarms ${f.alarms}/${f.others}, possible ${f.possible}, ethics lined ${f.ethicsLined}/${f.ethics}`;

for (const [name, items] of [
  ['without', base],
  [`with ${waiting.join(', ')}`, [...base, ...extra]],
] as const) {
  const { scored, topics, weights } = trainClassifier([...items]);
  const t = weights.thresholds;
  const old: Scored[] = scored.filter((s) => known.has(messageKey(s.item.q)));
  out(
    `${name} (thresholds ${t.crisis}/${t.possible}/${t.sure ?? '-'}/${t.veto ?? '-'}/${t.doubt ?? '-'}):`,
  );
  out(
    row(
      'corpus',
      figures(
        old.filter((s) => s.item.source === 'corpus'),
        t,
      ),
    ),
  );
  out(row('every training set', figures(old, t)));
  out(row('ordinary questions', figures(topics, t)));
  const added = scored.filter((s) => !known.has(messageKey(s.item.q)));
  if (added.length) out(row('the waiting corpora', figures(added, t)));
}
