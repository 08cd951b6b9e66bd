// The seam between the guide and whatever ranks topics for a question: this project's engine
// (src/core/matcher.ts) or any other (the plain baselines in src/evaluation/baselines.ts).
// The guide needs `match`; `explain` and `model` belong to engines that can give them.
import type { TrainedModel } from './matcher.ts';

export interface Ranked {
  id: string;
  /** The matcher's own score; higher is better. Only its order is compared across topics. */
  score: number;
}

export interface MatchResult {
  /** Best topics first (at most 4), whether or not they pass the confidence bar. */
  ranked: Ranked[];
  /** The confident match, or null (the guide then offers no topic). */
  topic: string | null;
  /** In [0,1], or null when nothing matched at all. */
  confidence: number | null;
  /** Runners-up close to the best, best first ("did you mean"). */
  close: string[];
}

/** Which words pulled the question towards which topics (for curators: `ask --explain`). */
export interface Explanation {
  terms: string[];
  /** The terms of a long message's closing sentences, weighed more (empty when short). */
  closing: string[];
  topics: { id: string; terms: [string, number][] }[];
}

export interface Matcher {
  match(text: string): MatchResult;
  /** Absent when the matcher cannot say why it ranked as it did. */
  explain?(text: string): Explanation;
  /** Learned weights in use, handed on at a knowledge reload; absent when it learns none. */
  model?(): TrainedModel | null;
}
