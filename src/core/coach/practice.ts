// A timed practice test as a state machine: N questions drawn across the exam areas, answered
// one at a time in order, with the start recorded and the time used shown; it ends when every
// question is answered, when the person ends it, or when the time limit has passed (the
// exam's pace: 150 minutes for 120 items, 75 seconds an item). The summary lists the wrong and
// unanswered items to review.
import { COACH, practiceProgress, practiceScore, practiceTime, unansweredText } from '../copy.ts';
import type { QuizQuestion } from '../types.ts';
import type { PracticeSummary, QuestionCard } from './outline.ts';

/** How many questions a practice test may have, and its pace. */
export const PRACTICE_LIMITS = { min: 1, max: 60, default: 20, secondsPerItem: 75 } as const;

export interface PracticeSession {
  id: string;
  questionIds: string[];
  /** By question, the option chosen; null while unanswered. */
  answers: (number | null)[];
  startedAt: string;
  /** Set when it ended (all answered, ended early, or out of time). */
  endedAt: string | null;
  limitSeconds: number;
}

/**
 * `n` questions, spread over the exam areas in turn (areas in a random order, a random unused
 * question from each), so a short test still touches most areas. Fewer when the bank is small.
 */
export function drawPractice(
  questions: readonly QuizQuestion[],
  n: number,
  random: () => number,
): string[] {
  const byArea = new Map<string, QuizQuestion[]>();
  for (const q of questions) byArea.set(q.area, [...(byArea.get(q.area) ?? []), q]);
  const areas = shuffle([...byArea.keys()].sort(), random);
  const pools = areas.map((a) => shuffle([...(byArea.get(a) ?? [])], random));
  const out: string[] = [];
  while (out.length < n && pools.some((p) => p.length))
    for (const pool of pools) {
      const q = pool.pop();
      if (q && out.length < n) out.push(q.id);
    }
  return out;
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

export function startPractice(id: string, questionIds: string[], now: Date): PracticeSession {
  return {
    id,
    questionIds,
    answers: questionIds.map(() => null),
    startedAt: now.toISOString(),
    endedAt: null,
    limitSeconds: questionIds.length * PRACTICE_LIMITS.secondsPerItem,
  };
}

export const elapsedSeconds = (s: PracticeSession, now: Date): number =>
  Math.max(
    0,
    ((s.endedAt ? Date.parse(s.endedAt) : now.getTime()) - Date.parse(s.startedAt)) / 1000,
  );

const outOfTime = (s: PracticeSession, now: Date) =>
  (now.getTime() - Date.parse(s.startedAt)) / 1000 > s.limitSeconds;

/** The question to answer now (index), or null when the test is over. */
export function current(s: PracticeSession, now: Date): number | null {
  if (s.endedAt || outOfTime(s, now)) return null;
  const i = s.answers.indexOf(null);
  return i < 0 ? null : i;
}

export type PracticeStep =
  /** Recorded; `session` is the new state (ended when it was the last or time ran out). */
  | { kind: 'answered'; session: PracticeSession }
  /** That question was answered already: the first answer stands. */
  | { kind: 'repeat'; choice: number }
  /** The test is over (time, ended, done): nothing recorded. */
  | { kind: 'over'; session: PracticeSession }
  /** Not the current question (a stale button) or not an option. */
  | { kind: 'invalid' };

export function answer(
  s: PracticeSession,
  index: number,
  choice: number,
  optionCount: number,
  now: Date,
): PracticeStep {
  const earlier = s.answers[index];
  if (earlier !== undefined && earlier !== null) return { kind: 'repeat', choice: earlier };
  if (!Number.isInteger(choice) || choice < 0 || choice >= optionCount) return { kind: 'invalid' };
  const at = current(s, now);
  if (at === null) return { kind: 'over', session: end(s, now) };
  if (at !== index) return { kind: 'invalid' };
  const answers = s.answers.map((a, i) => (i === index ? choice : a));
  const next = { ...s, answers };
  return { kind: 'answered', session: answers.includes(null) ? next : end(next, now) };
}

/** Ended now (or when the limit passed, if that came first). */
export function end(s: PracticeSession, now: Date): PracticeSession {
  if (s.endedAt) return s;
  const limit = Date.parse(s.startedAt) + s.limitSeconds * 1000;
  return { ...s, endedAt: new Date(Math.min(now.getTime(), limit)).toISOString() };
}

const minutes = (seconds: number) => Math.ceil(seconds / 60);

export function practiceCard(
  s: PracticeSession,
  index: number,
  q: QuizQuestion,
  now: Date,
): QuestionCard {
  return {
    answer: { kind: 'practice-answer', sessionId: s.id, index },
    heading: COACH.practiceHeading,
    progress: practiceProgress(
      index + 1,
      s.questionIds.length,
      Math.floor(elapsedSeconds(s, now) / 60),
      minutes(s.limitSeconds),
    ),
    area: q.area,
    scenario: q.scenario,
    options: [...q.options],
    end: { label: COACH.endTest, action: { kind: 'practice-end', sessionId: s.id } },
  };
}

export function practiceSummary(
  s: PracticeSession,
  questions: ReadonlyMap<string, QuizQuestion>,
  topicTitle: (id: string) => string,
): PracticeSummary {
  const asked = s.questionIds
    .map((id, i) => ({ q: questions.get(id), choice: s.answers[i] ?? null }))
    .filter((x): x is { q: QuizQuestion; choice: number | null } => Boolean(x.q));
  const right = asked.filter((x) => x.choice === x.q.correct).length;
  const areas = new Map<string, { right: number; asked: number }>();
  for (const x of asked) {
    const a = areas.get(x.q.area) ?? { right: 0, asked: 0 };
    a.asked++;
    if (x.choice === x.q.correct) a.right++;
    areas.set(x.q.area, a);
  }
  const used = elapsedSeconds(s, new Date(s.endedAt ?? s.startedAt));
  return {
    sessionId: s.id,
    heading: COACH.practiceDone,
    score: practiceScore(right, asked.length),
    time: practiceTime(minutes(used), minutes(s.limitSeconds), used >= s.limitSeconds),
    unanswered: unansweredText(asked.filter((x) => x.choice === null).length),
    areas: {
      label: COACH.byArea,
      lines: [...areas.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([area, a]) => `${area}: ${practiceScore(a.right, a.asked)}`),
    },
    wrong: {
      label: COACH.reviewThese,
      chosenLabel: COACH.youChose,
      rightLabel: COACH.bestAnswer,
      items: asked
        .filter((x) => x.choice !== x.q.correct)
        .map((x) => ({
          questionId: x.q.id,
          scenario: x.q.scenario,
          chosen: x.choice === null ? null : (x.q.options[x.choice] ?? null),
          why: x.choice === null ? null : (x.q.why[x.choice] ?? null),
          right: x.q.options[x.q.correct] ?? '',
          topicId: x.q.topic,
          topicTitle: topicTitle(x.q.topic),
        })),
    },
    note: COACH.practiceNote,
  };
}
