// Blind set A (test/eval/crisis-blind-a-*.yaml), written apart from the code: the figures the
// concept detector reached on it are floors, so a change that loses a crisis or raises an alarm
// here fails. Untuned, the phrase patterns caught 171 of 367 crises with 32 false alarms.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { blindCrisisSetSchema, evalFiles, loadList } from '../../src/evaluation/eval-sets.ts';

const items = evalFiles(join(repoRoot, 'test/eval'), 'crisis').flatMap((f) =>
  loadList(f, blindCrisisSetSchema),
);
const crises = items.filter((i) => i.crisis);
const others = items.filter((i) => !i.crisis);
const level = (q: string) => detectCrisis(q).level;

describe('crisis detection on blind set A', () => {
  it('holds 367 crises and 381 non-crises', () => {
    expect([crises.length, others.length]).toEqual([367, 381]);
  });

  it('fires the protocol for at least 366 of 367 crises, and at least the line for all but one', () => {
    const missed = crises.filter((i) => level(i.q) !== 'crisis').map((i) => i.q);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(1);
    expect(crises.filter((i) => level(i.q) === null).length).toBeLessThanOrEqual(1);
  });

  it('raises no crisis on any non-crisis and no possible-danger line on ethics questions', () => {
    const alarms = others.filter((i) => level(i.q) === 'crisis').map((i) => i.q);
    expect(alarms).toEqual([]);
    const ethics = others.filter((i) => i.category === 'ethics');
    expect(ethics.filter((i) => level(i.q) !== null).map((i) => i.q)).toEqual([]);
    expect(others.filter((i) => level(i.q) === 'possible').length).toBeLessThanOrEqual(20);
  });

  it('names the kind of danger, and never reads a danger to oneself as violence', () => {
    const found = crises.filter((i) => detectCrisis(i.q).level);
    const wrong = found.filter((i) => !detectCrisis(i.q).kinds.includes(i.kind as never));
    expect(wrong.length).toBeLessThanOrEqual(7);
    const selfAsViolence = found.filter(
      (i) =>
        (i.kind === 'suicide' || i.kind === 'self-harm') &&
        detectCrisis(i.q).kinds.includes('violence'),
    );
    expect(selfAsViolence.map((i) => i.q)).toEqual([]);
  });
});
