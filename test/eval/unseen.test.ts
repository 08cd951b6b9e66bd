// Matching sets written blind (test/eval/unseen/), from the topic ids and scope lines only. Each
// was first measured untuned, then used as a dev set while the matcher was tuned, so these floors
// (just under the last figures) guard against regressions; they are not the product's targets
// (top-1 92%, top-3 98%, out of scope 90%). The honest figures are those on sets measured before
// anyone tuned on them: see the README's accuracy section.
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
  // Untuned (before any tuning this round) 79.1% / 92.1% / 45.3%; held back through the first
  // round (85.7% / 95.6% / 84.0%), a dev set in the second.
  'match-c.yaml': { top1: 0.89, top3: 0.97, rejection: 0.91 },
  // Held back, never tuned on: untuned 75.5% / 89.9% / 51.4%, after two rounds of tuning on the
  // other sets 81.3% / 95.3% / 90.0%, the honest figure, short of the targets.
  'match-d.yaml': { top1: 0.81, top3: 0.95, rejection: 0.89 },
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
