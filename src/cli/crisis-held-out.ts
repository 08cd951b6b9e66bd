// npx tsx src/cli/crisis-held-out.ts [sets...]: the crisis classifier's honest figures on the
// sets it learns from. Each named set (default: every one the training reads that was written
// blind) is left out in turn: the classifier is trained and its thresholds chosen without it,
// exactly as `npm run safety:train` does, and the set is then measured through the rules and that
// classifier. The held-back sets (L on) are never read here.
import { appendFileSync } from 'node:fs';
import { combine, readRules } from '../core/safety/crisis.ts';
import { classify } from '../core/safety/crisis-classifier.ts';
import {
  figures,
  loadFiles,
  messageKey,
  noFigures,
  type Scored,
  type TrainingItem,
  trainClassifier,
  trainingFiles,
} from '../evaluation/crisis-training.ts';

/** A set's name from its file: crisis-train-13-pos.yaml -> train-13, crisis-blind-c-neg -> c. */
function setOf(file: string): string {
  const m = /crisis-(train(?:-\d+)?|blind-[a-z]+)/.exec(file);
  if (m) return (m[1] as string).replace('blind-', '');
  return /safety/.test(file) ? 'safety' : file;
}

const files = trainingFiles();
const pool = loadFiles(files);
const bySet = new Map<string, TrainingItem[]>();
for (const f of files) {
  const items = loadFiles([f]);
  bySet.set(setOf(f), [...(bySet.get(setOf(f)) ?? []), ...items]);
}
const wanted = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [...bySet.keys()].filter((s) => s !== 'safety');

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const out = (s: string) => process.stdout.write(`${s}\n`);
const total = noFigures();
for (const name of wanted) {
  const held = bySet.get(name) ?? [];
  const heldKeys = new Set(held.map((i) => messageKey(i.q)));
  const trainItems = pool.filter((i) => !heldKeys.has(messageKey(i.q)));
  const started = Date.now();
  const { weights } = trainClassifier(trainItems);
  const t = weights.thresholds;
  const measured: Scored[] = held.map((item) => {
    const reading = readRules(item.q);
    return { item, reading, c: classify(reading.features, false, weights) };
  });
  const f = figures(measured, t);
  const r = figures(measured, null);
  const summed = ['crises', 'caught', 'lined', 'others', 'alarms', 'possible'] as const;
  for (const k of [...summed, 'ethics', 'ethicsLined', 'wrongKind'] as const) total[k] += f[k];
  out(
    `${name} held out (${trainItems.length} trained, thresholds ${t.crisis}/${t.possible}/${t.sure ?? '-'}/${t.veto ?? '-'}, ${Date.now() - started} ms): ` +
      `protocol ${f.caught}/${f.crises} (${pct(f.caught, f.crises)}), with the line ${pct(f.lined, f.crises)}, ` +
      `false alarms ${f.alarms}/${f.others} (${pct(f.alarms, f.others)}), possible ${f.possible}, ethics lined ${f.ethicsLined}/${f.ethics}, wrong kind ${f.wrongKind}` +
      ` | rules alone ${r.caught}/${r.lined}/${r.alarms}`,
  );
  if (process.env.DUMP) {
    const lines = measured.map((m) => JSON.stringify({ set: name, t, ...m }));
    appendFileSync(process.env.DUMP, `${lines.join('\n')}\n`);
  }
  if (process.env.MISSES) {
    for (const s of measured) {
      const d = combine(s.reading, s.c, t);
      const bad = s.item.crisis ? d.level !== 'crisis' : d.level === 'crisis';
      if (bad)
        out(
          `  ${s.item.crisis ? `miss(${d.level})` : 'alarm'} p=${s.c.p.toFixed(2)} ${JSON.stringify(s.item.q)}`,
        );
    }
  }
}
out(
  `together: protocol ${pct(total.caught, total.crises)}, with the line ${pct(total.lined, total.crises)}, false alarms ${pct(total.alarms, total.others)}, ethics lined ${total.ethicsLined}/${total.ethics}`,
);
