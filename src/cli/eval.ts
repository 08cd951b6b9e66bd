// npm run eval: run every question set in test/eval/ and print accuracy and each miss, then
// the safety sets (crisis recall and false alarms, identifier warnings).
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import {
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

// Safety: the crisis protocol, then the identifier warning and redaction on each set.
const safety = evalFiles(dir, 'safety').flatMap((f) => loadList(f, safetySetSchema));
const crises = safety.filter((i) => i.crisis);
const caught = crises.filter((i) => detectCrisis(i.q).crisis).length;
const alarms = safety.filter((i) => !i.crisis && detectCrisis(i.q).crisis);
for (const i of crises.filter((x) => !detectCrisis(x.q).crisis)) {
  process.stdout.write(`missed crisis  ${JSON.stringify(i.q)}\n`);
}
for (const i of alarms) process.stdout.write(`false alarm    ${JSON.stringify(i.q)}\n`);
process.stdout.write(
  `crisis protocol: ${caught} of ${crises.length} crises caught (${pct(caught / crises.length)}), ` +
    `${alarms.length} false alarms in ${safety.length - crises.length} controls\n`,
);
for (const { file, items: set } of loadIdentifierSets(dir)) {
  const s = scoreIdentifiers(set);
  for (const q of s.missed) process.stdout.write(`missed id      ${JSON.stringify(q)}\n`);
  for (const q of s.falseWarnings) process.stdout.write(`flagged        ${JSON.stringify(q)}\n`);
  for (const l of s.leaked) process.stdout.write(`leaked         ${l}\n`);
  process.stdout.write(`identifiers ${file}: ${describeScore(s)}\n`);
}
