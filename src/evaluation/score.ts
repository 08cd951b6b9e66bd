// Accuracy of a matcher over evaluation items: top-1, top-3, out-of-scope rejection, misses.
import type { EvalItem } from './eval-sets.ts';

export interface Prediction {
  /** The confident answer, or null. */
  topic: string | null;
  /** Best topics first, confident or not. */
  ranked: string[];
}

export interface Miss {
  q: string;
  expect: string[];
  got: string | null;
  ranked: string[];
}

export interface Score {
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  rejection: number;
  misses: Miss[];
  falseAnswers: Miss[];
}

export function score(items: readonly EvalItem[], predict: (q: string) => Prediction): Score {
  let inScope = 0;
  let outOfScope = 0;
  let hit1 = 0;
  let hit3 = 0;
  let rejected = 0;
  const misses: Miss[] = [];
  const falseAnswers: Miss[] = [];
  for (const item of items) {
    const p = predict(item.q);
    const miss = { q: item.q, expect: item.expect, got: p.topic, ranked: p.ranked.slice(0, 3) };
    if (!item.expect.length) {
      outOfScope++;
      if (p.topic === null) rejected++;
      else falseAnswers.push(miss);
      continue;
    }
    inScope++;
    const ok1 = p.topic !== null && item.expect.includes(p.topic);
    if (ok1) hit1++;
    else misses.push(miss);
    if (p.ranked.slice(0, 3).some((id) => item.expect.includes(id))) hit3++;
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    inScope,
    outOfScope,
    top1: ratio(hit1, inScope),
    top3: ratio(hit3, inScope),
    rejection: ratio(rejected, outOfScope),
    misses,
    falseAnswers,
  };
}
