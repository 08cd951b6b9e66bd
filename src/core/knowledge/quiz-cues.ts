// Does the quiz test knowledge or test-taking? Cues a reader could use without reading the
// scenario: the key being the longest option (or reliably the second longest), the key naming
// the supervisor or policy more often than the wrong options do, the key sitting in one
// position, thin topics.
import type { QuizQuestion } from '../types.ts';

/** The bounds `kb:lint` holds the quiz to. */
export const QUIZ_LIMITS = {
  /** Most items whose key is strictly the longest option. */
  keyLongestShare: 0.35,
  /** Most items whose key has the same length rank (longest, 2nd, 3rd, shortest). */
  lengthRankShare: 0.4,
  /** Keys may name the supervisor/policy/agency at most this many times as often as distractors. */
  deferRatio: 1.5,
  /** Each key position (A, B, C, D) between these shares of all items. */
  positionMin: 0.15,
  positionMax: 0.35,
  perTopic: 8,
} as const;

/** Words that send the reader up the chain: a test-wise reader picks them. */
export const DEFER_WORDS = /\b(supervisors?|polic(?:y|ies)|agency|agency's|agencies)\b/i;

export interface QuizCues {
  items: number;
  keyLongest: number;
  keyDefer: number;
  distractors: number;
  distractorDefer: number;
  /** Items keyed at each position, A first. */
  positions: number[];
  /** Items by how many options are longer than the key: 0 (longest) to 3 (shortest). */
  lengthRanks: number[];
  perTopic: Map<string, number>;
}

/** `topics`: every topic id, so a topic with no item at all is counted (as 0) too. */
export function quizCues(quiz: readonly QuizQuestion[], topics: readonly string[] = []): QuizCues {
  const c: QuizCues = {
    items: quiz.length,
    keyLongest: 0,
    keyDefer: 0,
    distractors: 0,
    distractorDefer: 0,
    positions: [0, 0, 0, 0],
    lengthRanks: [0, 0, 0, 0],
    perTopic: new Map(topics.map((t) => [t, 0])),
  };
  for (const q of quiz) {
    const key = q.options[q.correct] ?? '';
    const others = q.options.filter((_, i) => i !== q.correct);
    if (others.every((o) => key.length > o.length)) c.keyLongest++;
    const rank = others.filter((o) => o.length > key.length).length;
    c.lengthRanks[rank] = (c.lengthRanks[rank] ?? 0) + 1;
    if (DEFER_WORDS.test(key)) c.keyDefer++;
    c.distractors += others.length;
    c.distractorDefer += others.filter((o) => DEFER_WORDS.test(o)).length;
    c.positions[q.correct] = (c.positions[q.correct] ?? 0) + 1;
    c.perTopic.set(q.topic, (c.perTopic.get(q.topic) ?? 0) + 1);
  }
  return c;
}

const RANKS = ['longest', '2nd', '3rd', 'shortest'];
const pct = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0}%`;
const rate = (n: number, of: number) => (of ? n / of : 0);

/** The figures, one line each, as kb:lint prints them. */
export function describeCues(c: QuizCues): string[] {
  const counts = [...c.perTopic.values()];
  return [
    `quiz: ${c.items} items, ${c.perTopic.size} topics, ${Math.min(...counts)} to ${Math.max(...counts)} items per topic`,
    `quiz: key is the longest option in ${c.keyLongest}/${c.items} items (${pct(c.keyLongest, c.items)})`,
    `quiz: key length rank ${RANKS.map((r, i) => `${r} ${pct(c.lengthRanks[i] ?? 0, c.items)}`).join(', ')}`,
    `quiz: supervisor/policy/agency in ${c.keyDefer}/${c.items} keys (${pct(c.keyDefer, c.items)}) vs ${c.distractorDefer}/${c.distractors} distractors (${pct(c.distractorDefer, c.distractors)})`,
    `quiz: key positions ${c.positions.map((n, i) => `${'ABCD'[i]} ${pct(n, c.items)}`).join(', ')}`,
  ];
}

/** What breaks the limits, in words a curator can act on; empty when the quiz is fair. */
export function checkCues(c: QuizCues, limits = QUIZ_LIMITS): string[] {
  const errors: string[] = [];
  if (!c.items) return errors;
  if (rate(c.keyLongest, c.items) > limits.keyLongestShare)
    errors.push(
      `quiz: the key is the longest option in ${pct(c.keyLongest, c.items)} of items (at most ${pct(limits.keyLongestShare, 1)}): lengthen a wrong option or shorten the key`,
    );
  const keyRate = rate(c.keyDefer, c.items);
  const distractorRate = rate(c.distractorDefer, c.distractors);
  if (keyRate > limits.deferRatio * distractorRate)
    errors.push(
      `quiz: keys name the supervisor/policy/agency ${pct(c.keyDefer, c.items)} of the time, distractors ${pct(c.distractorDefer, c.distractors)} (keys at most ${limits.deferRatio}x): write wrong options that defer too, or keys that do not`,
    );
  c.lengthRanks.forEach((n, i) => {
    if (rate(n, c.items) > limits.lengthRankShare)
      errors.push(
        `quiz: the key is the ${RANKS[i]} option by length in ${pct(n, c.items)} of items (at most ${pct(limits.lengthRankShare, 1)}): vary how long answers are against wrong options`,
      );
  });
  c.positions.forEach((n, i) => {
    const share = rate(n, c.items);
    if (share < limits.positionMin || share > limits.positionMax)
      errors.push(
        `quiz: ${pct(n, c.items)} of keys are at ${'ABCD'[i]} (each position ${pct(limits.positionMin, 1)} to ${pct(limits.positionMax, 1)})`,
      );
  });
  for (const [topic, n] of c.perTopic)
    if (n < limits.perTopic)
      errors.push(
        `quiz: topic "${topic}" has ${n} items; it needs at least ${limits.perTopic} (knowledge/quiz/${topic}.yaml)`,
      );
  return errors;
}
