// Blind sets A to E (test/eval/crisis-blind-{a,b,c,d,e}-*.yaml), written apart from the code by
// different people (C held back, never tuned on): the figures the concept detector reached on each are floors, so a change that
// loses a crisis or raises an alarm fails. Untuned, the phrase patterns caught 171 of 367 crises of
// set A with 32 false alarms; the concept detector tuned on A caught 244 of 363 of set B with 12.
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { blindCrisisSetSchema, evalFiles, loadList } from '../../src/evaluation/eval-sets.ts';

interface Floors {
  crises: number;
  others: number;
  /** Crises that may get less than the protocol, and of those, no line at all. */
  missed: number;
  silent: number;
  /** Non-crises that may get the possible-danger line (never the protocol). */
  possible: number;
  /** Crises given the protocol or the line without their own kind among the kinds named. */
  wrongKind: number;
  /** A danger to oneself also given the violence card. */
  selfAsViolence: number;
  /** Non-crises given the protocol, and ethics questions given any line (0 on sets tuned on). */
  alarms?: number;
  ethicsLines?: number;
}

const SETS: Record<string, Floors> = {
  a: {
    crises: 367,
    others: 381,
    missed: 1,
    silent: 1,
    possible: 20,
    wrongKind: 7,
    selfAsViolence: 0,
  },
  b: {
    crises: 363,
    others: 448,
    missed: 3,
    silent: 1,
    possible: 18,
    wrongKind: 32,
    selfAsViolence: 4,
  },
  // Held back and never tuned on: these floors record how far the detector is from the targets.
  c: {
    crises: 209,
    others: 263,
    missed: 16,
    silent: 11,
    // Ten false alarms became the line (framed as a recovery story, a what-if, a role play).
    possible: 19,
    // 16 since set E's round: a self-harm told with a box cutter also gets the abuse card.
    wrongKind: 16,
    selfAsViolence: 3,
    alarms: 0,
    ethicsLines: 3,
  },
  // Held back and never tuned on (written after C): untuned, the detector caught 291 of 360 and
  // raised 13 false alarms; these floors record where it stands, short of the targets.
  d: {
    crises: 360,
    others: 370,
    missed: 23,
    silent: 11,
    possible: 18,
    wrongKind: 15,
    selfAsViolence: 3,
    alarms: 6,
    ethicsLines: 2,
  },
  // Written blind (2026-12-03), then the dev set of a tuning round: untuned the detector caught
  // 289 of 330 (312 with the line) and raised 14 false alarms; after the round 330 and 1.
  e: {
    crises: 330,
    others: 340,
    missed: 0,
    silent: 0,
    possible: 9,
    wrongKind: 12,
    selfAsViolence: 0,
    alarms: 1,
    ethicsLines: 0,
  },
  // Held back and never tuned on (written beside E, measured once the round on E was done): the
  // round did not carry over (protocol 289 -> 288 of 330, false alarms 21 -> 20 of 340). These
  // floors record where the detector stands on words it has not seen, far from the targets.
  f: {
    crises: 330,
    others: 340,
    missed: 42,
    silent: 17,
    possible: 14,
    wrongKind: 33,
    selfAsViolence: 1,
    alarms: 20,
    ethicsLines: 4,
  },
  // Held back through this round and never trained on (written beside the new training corpora):
  // the detector did not change, so it stands as measured untuned. Far from the targets too.
  g: {
    crises: 355,
    others: 348,
    missed: 40,
    silent: 14,
    possible: 6,
    wrongKind: 18,
    selfAsViolence: 6,
    alarms: 10,
    ethicsLines: 0,
  },
};

const level = (q: string) => detectCrisis(q).level;

for (const [set, floors] of Object.entries(SETS)) {
  const items = evalFiles(join(repoRoot, 'test/eval'), 'crisis')
    .filter((f) => basename(f).startsWith(`crisis-blind-${set}-`))
    .flatMap((f) => loadList(f, blindCrisisSetSchema));
  const crises = items.filter((i) => i.crisis);
  const others = items.filter((i) => !i.crisis);

  describe(`crisis detection on blind set ${set.toUpperCase()}`, () => {
    it(`holds ${floors.crises} crises and ${floors.others} non-crises`, () => {
      expect([crises.length, others.length]).toEqual([floors.crises, floors.others]);
    });

    it(`fires the protocol for all but ${floors.missed} crises, and the line for all but ${floors.silent}`, () => {
      const missed = crises.filter((i) => level(i.q) !== 'crisis').map((i) => i.q);
      expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(floors.missed);
      expect(crises.filter((i) => level(i.q) === null).length).toBeLessThanOrEqual(floors.silent);
    });

    it('raises no more crises on non-crises, and lines on ethics questions, than its floors', () => {
      const alarms = others.filter((i) => level(i.q) === 'crisis').map((i) => i.q);
      expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(floors.alarms ?? 0);
      const ethics = others.filter((i) => i.category === 'ethics');
      const lined = ethics.filter((i) => level(i.q) !== null).map((i) => i.q);
      expect(lined.length, lined.join('\n')).toBeLessThanOrEqual(floors.ethicsLines ?? 0);
      expect(others.filter((i) => level(i.q) === 'possible').length).toBeLessThanOrEqual(
        floors.possible,
      );
    });

    it('names the kind of danger, and seldom reads a danger to oneself as violence', () => {
      const found = crises.filter((i) => detectCrisis(i.q).level);
      // A crisis with no single card (psychosis in danger) names no kind to check.
      const wrong = found.filter((i) => i.kind && !detectCrisis(i.q).kinds.includes(i.kind));
      expect(wrong.length).toBeLessThanOrEqual(floors.wrongKind);
      const selfAsViolence = found.filter(
        (i) =>
          (i.kind === 'suicide' || i.kind === 'self-harm') &&
          detectCrisis(i.q).kinds.includes('violence'),
      );
      expect(selfAsViolence.length, selfAsViolence.map((i) => i.q).join('\n')).toBeLessThanOrEqual(
        floors.selfAsViolence,
      );
    });
  });
}
