// npm run eval [-- --misses]: every matching set (test/eval/*.yaml topic sets, then the blind
// test/eval/unseen/*.yaml) put to this engine, plain fuse.js and plain MiniSearch, each through
// its own guide (src/evaluation/compare.ts): per set and in total, top-1, top-3 and out of scope
// turned down side by side, with this engine's lead in points. `--misses` first lists this
// engine's misses and wrong answers set by set (a few hundred lines, hence not by default), the
// crisis sets' missed crises and false alarms, and the identifier sets' missed, warned and
// leaking messages; a held-back set (src/evaluation/held-back.ts) gives a count, never messages.
// Then the safety sets (crisis recall, false alarms and possible-danger lines; identifier
// warnings). fuse.js takes about half a second on a long question, so a full run takes many
// minutes; `--engine-only` leaves the baselines out when only this engine's figures are wanted,
// and `--set match-i` keeps only the matching sets whose name holds that.
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.ts';
import { detectCrisis } from '../core/safety/crisis.ts';
import {
  compareSets,
  comparisonTable,
  contenders,
  matchingSets,
  totalsOf,
} from '../evaluation/compare.ts';
import {
  blindCrisisSetSchema,
  evalFiles,
  loadIdentifierSets,
  loadList,
  safetySetSchema,
} from '../evaluation/eval-sets.ts';
import { isHeldBack } from '../evaluation/held-back.ts';
import { describeScore, scoreIdentifiers } from '../evaluation/identifier-score.ts';
import { bootBot } from './boot.ts';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean' },
    'engine-only': { type: 'boolean' },
    // Only the matching sets whose name holds this ("match-i", or a list: "match-i,match-m"): the
    // baselines take minutes a set.
    set: { type: 'string' },
  },
});
const bot = bootBot();
const dir = join(repoRoot, 'test', 'eval');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const { tuned, unseen } = matchingSets(dir);
const wanted = (values.set ?? '').split(',');
const only = (sets: typeof tuned) => sets.filter((s) => wanted.some((w) => s.name.includes(w)));
const all = only([...tuned, ...unseen]);
const c = compareSets(
  all,
  contenders(bot.kb, bot.guide).slice(0, values['engine-only'] ? 1 : undefined),
  values.set ? [] : totalsOf(tuned, unseen),
);
/** A held-back set's messages are never printed (src/evaluation/held-back.ts): only a count. */
function heldBackNote(file: string, count: number): boolean {
  if (!isHeldBack(file)) return false;
  if (count) process.stdout.write(`${basename(file)}: ${count} messages (held back: not shown)\n`);
  return true;
}

if (values.misses) {
  for (const set of c.sets) {
    const s = set.engines[0]?.score;
    if (!s) continue;
    process.stdout.write(`\n${set.set}\n`);
    if (heldBackNote(set.set, s.misses.length + s.falseAnswers.length)) continue;
    for (const m of s.misses) {
      process.stdout.write(
        `miss   ${JSON.stringify(m.q)}\n       expected ${m.expect.join('|')}, got ${m.got ?? 'none'} [${m.ranked.join(', ')}]\n`,
      );
    }
    for (const m of s.falseAnswers) {
      process.stdout.write(`wrong  ${JSON.stringify(m.q)} is out of scope, got ${m.got}\n`);
    }
  }
  process.stdout.write('\n');
}
process.stdout.write(`${comparisonTable(c)}\n`);

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
  const short = crises.filter((x) => level(x.q) !== 'crisis');
  if (values.misses && !heldBackNote(f, short.length + alarms.length)) {
    for (const i of short) {
      process.stdout.write(
        `${level(i.q) ? 'only possible ' : 'missed crisis '} ${JSON.stringify(i.q)}\n`,
      );
    }
    for (const i of alarms) process.stdout.write(`false alarm    ${JSON.stringify(i.q)}\n`);
  }
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
  const wrong = s.missed.length + s.falseWarnings.length + s.leaked.length;
  if (values.misses && !heldBackNote(file, wrong)) {
    for (const q of s.missed) process.stdout.write(`missed id      ${JSON.stringify(q)}\n`);
    for (const q of s.falseWarnings) process.stdout.write(`flagged        ${JSON.stringify(q)}\n`);
    for (const l of s.leaked) process.stdout.write(`leaked         ${l}\n`);
  }
  process.stdout.write(`identifiers ${file}: ${describeScore(s)}\n`);
}
