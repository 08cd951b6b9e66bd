// `npm run eval -- --misses` lists the engine's misses for whoever tunes, so a held-back set
// (src/evaluation/held-back.ts) must give a count there and never one of its messages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import {
  blindCrisisSetSchema,
  evalFiles,
  loadEvalSets,
  loadIdentifierSets,
  loadList,
} from '../../src/evaluation/eval-sets.ts';
import { isHeldBack } from '../../src/evaluation/held-back.ts';

const dir = join(repoRoot, 'test', 'eval');

describe('npm run eval -- --misses', () => {
  it('prints the misses of dev sets and only counts for held-back sets', {
    timeout: 120_000,
  }, () => {
    // One held-back matching set (O) and one dev set (M) beside every safety set.
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'eval', '--', '--engine-only', '--set', 'match-m.,match-o.', '--misses'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^match-o\.yaml: \d+ messages \(held back: not shown\)$/m);
    expect(out).not.toMatch(/^match-(?!m\.|o\.)/m);
    expect(out).toMatch(/^crisis-blind-ar-pos\.yaml: \d+ messages \(held back: not shown\)$/m);
    // A dev set's misses are listed with their words.
    expect(out).toMatch(/^(?:miss|wrong) {2,3}"/m);
    const held = [
      ...loadEvalSets(join(dir, 'unseen'))
        .filter((i) => isHeldBack(i.file))
        .map((i) => i.q),
      ...evalFiles(dir, 'crisis')
        .filter(isHeldBack)
        .flatMap((f) => loadList(f, blindCrisisSetSchema).map((i) => i.q)),
      ...loadIdentifierSets(dir)
        .filter((s) => isHeldBack(s.file))
        .flatMap((s) => s.items.map((i) => i.text)),
    ];
    expect(held.length).toBeGreaterThan(3000);
    const printed = new Set(
      out
        .split('\n')
        .map((l) => /"((?:[^"\\]|\\.)*)"/.exec(l)?.[1])
        .filter((q): q is string => q !== undefined)
        .map((q) => JSON.parse(`"${q}"`) as string),
    );
    expect(printed.size).toBeGreaterThan(0);
    expect(held.filter((q) => printed.has(q))).toEqual([]);
  });
});
