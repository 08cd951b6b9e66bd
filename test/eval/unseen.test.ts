// Sets written blind (test/eval/unseen/): nobody tuned the matcher on them, so they show how it
// does on words it has never seen. Their floors sit just under what was measured when they
// were added (2026-12-03), raised after the work-role signal, the Spanish and exam-stem lexicon
// and the examples in knowledge/examples (measured then: A 84.9% / 96.7% / 78.2%, B 86.9% /
// 98.2% / 83.7%), and again after the topics' concept vocabulary and the own-life signal
// (A 88.2% / 98.6% / 89.7%, B 91.4% / 98.7% / 90.7%, C 89.5% / 97.4% / 92.0%); they guard against regressions, they are not the product's targets
// (top-1 92%, top-3 98%, out of scope 90%: see the README's accuracy section).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { predictor } from '../../src/evaluation/predict.ts';
import { score } from '../../src/evaluation/score.ts';
import { guide } from '../helpers.ts';

const items = loadEvalSets(join(repoRoot, 'test', 'eval', 'unseen'));
const FLOORS: Record<string, { top1: number; top3: number; rejection: number }> = {
  'match-a.yaml': { top1: 0.88, top3: 0.98, rejection: 0.89 },
  'match-b.yaml': { top1: 0.91, top3: 0.985, rejection: 0.9 },
  // Blind, first measured untuned (85.7% / 95.6% / 84.0%), then a dev set for the matcher:
  // A, B and C were all tuned on from here on, so they guard against regressions only.
  'match-c.yaml': { top1: 0.89, top3: 0.97, rejection: 0.91 },
};

describe('unseen matching sets', () => {
  it.each(Object.entries(FLOORS))('%s holds its floors', (file, floor) => {
    const set = items.filter((i) => i.file === file);
    expect(set.length).toBeGreaterThan(400);
    const s = score(set, predictor(guide));
    expect(s.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(s.top3).toBeGreaterThanOrEqual(floor.top3);
    expect(s.rejection).toBeGreaterThanOrEqual(floor.rejection);
  });
});
