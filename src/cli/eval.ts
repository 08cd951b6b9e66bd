// npm run eval: run every question set in test/eval/ and print accuracy and each miss, then
// the safety sets (crisis recall, false alarms and possible-danger lines; identifier warnings).
import { basename, join } from 'node:path';
import { repoRoot } from '../config.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import {
  blindCrisisSetSchema,
  evalFiles,
  loadEvalSets,
  loadIdentifierSets,
  loadList,
  safetySetSchema,
} from '../evaluation/eval-sets.ts';
import { describeScore, scoreIdentifiers } from '../evaluation/identifier-score.ts';
import { predictor } from '../evaluation/predict.ts';
import { score } from '../evaluation/score.ts';
import { bootBot } from './boot.ts';

const { guide } = bootBot();
const dir = join(repoRoot, 'test', 'eval');
const items = loadEvalSets(dir);
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

// Safety, set by set: crisis recall, false alarms and the possible-danger line (test/eval/safety*
// and the blind sets crisis-blind-*), then the identifier warning.
const crisisSets = [
  ...evalFiles(dir, 'safety').map((f) => ({ f, items: loadList(f, safetySetSchema) })),
  ...evalFiles(dir, 'crisis').map((f) => ({ f, items: loadList(f, blindCrisisSetSchema) })),
];
for (const { f, items: set } of crisisSets) {
  const level = (q: string) => detectCrisis(q).level;
  const crises = set.filter((i) => i.crisis);
  const others = set.filter((i) => !i.crisis);
  const caught = crises.filter((i) => level(i.q) === 'crisis');
  const lined = crises.filter((i) => level(i.q) === 'possible');
  const alarms = others.filter((i) => level(i.q) === 'crisis');
  const possible = others.filter((i) => level(i.q) === 'possible');
  for (const i of crises.filter((x) => level(x.q) !== 'crisis')) {
    process.stdout.write(
      `${level(i.q) ? 'only possible ' : 'missed crisis '} ${JSON.stringify(i.q)}\n`,
    );
  }
  for (const i of alarms) process.stdout.write(`false alarm    ${JSON.stringify(i.q)}\n`);
  const ethics = others.filter((i) => 'category' in i && i.category === 'ethics');
  const ethicsLine = ethics.filter((i) => level(i.q) === 'possible').length;
  const parts = [];
  if (crises.length) {
    parts.push(
      `crisis recall ${caught.length}/${crises.length} (${pct(caught.length / crises.length)}), ` +
        `${lined.length} more with the possible line`,
    );
  }
  if (others.length) {
    parts.push(
      `non-crises: ${alarms.length}/${others.length} false crisis (${pct(alarms.length / others.length)}), ` +
        `${possible.length} possible (${pct(possible.length / others.length)})` +
        (ethics.length ? `, ethics questions possible ${ethicsLine}/${ethics.length}` : ''),
    );
  }
  process.stdout.write(`${basename(f)}: ${parts.join('; ')}\n`);
}
for (const { file, items: set } of loadIdentifierSets(dir)) {
  const s = scoreIdentifiers(set);
  for (const q of s.missed) process.stdout.write(`missed id      ${JSON.stringify(q)}\n`);
  for (const q of s.falseWarnings) process.stdout.write(`flagged        ${JSON.stringify(q)}\n`);
  for (const l of s.leaked) process.stdout.write(`leaked         ${l}\n`);
  process.stdout.write(`identifiers ${file}: ${describeScore(s)}\n`);
}
