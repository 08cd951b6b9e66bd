// The daily quiz as pure functions over stored facts: which question comes next in a
// channel's deck, grading, streaks and stats. The store remembers; this decides.
import type { QuizQuestion } from './types.ts';

export interface DeckState {
  round: number;
  /** Question ids asked in the current round. */
  asked: readonly string[];
}

/**
 * The next question: never one already asked this round (a new round starts when all have
 * been asked), and topics this channel answers worst are more likely to come up.
 */
export function nextQuestion(
  questions: readonly QuizQuestion[],
  deck: DeckState,
  results: readonly { questionId: string; correct: boolean }[],
  random: () => number,
): { question: QuizQuestion; round: number } {
  if (!questions.length) throw new Error('the quiz has no questions');
  const asked = new Set(deck.asked);
  let round = deck.round;
  let pool = questions.filter((q) => !asked.has(q.id));
  if (!pool.length) {
    round += 1;
    pool = [...questions];
  }
  const topicOf = new Map(questions.map((q) => [q.id, q.topic]));
  const wrong = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of results) {
    const t = topicOf.get(r.questionId);
    if (!t) continue;
    total.set(t, (total.get(t) ?? 0) + 1);
    if (!r.correct) wrong.set(t, (wrong.get(t) ?? 0) + 1);
  }
  // Weight 1 for a topic answered perfectly (or never), up to 4 for one always missed.
  const weights = pool.map(
    (q) => 1 + (3 * (wrong.get(q.topic) ?? 0)) / Math.max(1, total.get(q.topic) ?? 0),
  );
  let pick = random() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    pick -= w;
    if (pick < 0) return { question: pool[i] as QuizQuestion, round };
  }
  return { question: pool[pool.length - 1] as QuizQuestion, round };
}

export function grade(question: QuizQuestion, choice: number): boolean {
  return choice === question.correct;
}

/** Days in a row, ending today or yesterday, on which the person answered a daily quiz correctly. */
export function streak(correctDates: readonly string[], today: string): number {
  const days = new Set(correctDates);
  let day = days.has(today) ? today : previousDay(today);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = previousDay(day);
  }
  return n;
}

export function previousDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface TopicStats {
  topic: string;
  answered: number;
  correct: number;
}

export function statsByTopic(
  questions: readonly QuizQuestion[],
  answers: readonly { questionId: string; correct: boolean }[],
): TopicStats[] {
  const topicOf = new Map(questions.map((q) => [q.id, q.topic]));
  const by = new Map<string, TopicStats>();
  for (const a of answers) {
    const topic = topicOf.get(a.questionId);
    if (!topic) continue;
    const s = by.get(topic) ?? { topic, answered: 0, correct: 0 };
    s.answered++;
    if (a.correct) s.correct++;
    by.set(topic, s);
  }
  return [...by.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

/** A seeded random number generator (mulberry32), for decks that tests can predict. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
