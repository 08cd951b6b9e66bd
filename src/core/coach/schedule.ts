// Spaced repetition for one person, Leitner style: every item sits in a box; a wrong answer
// puts it back in the first box (due tomorrow), a right one moves it up a box and its next
// review recedes (2, 4, 8, 16, 32, 64 days). The daily question is the most overdue item, with
// a new item mixed in at a steady rate so the whole bank gets covered. Dates are the person's
// local dates (YYYY-MM-DD), so a time-zone change or daylight saving never moves a review.
import type { QuizQuestion } from '../types.ts';

/** Days until the next review, by box. */
export const BOX_DAYS = [1, 2, 4, 8, 16, 32, 64] as const;
/** From this box on an item counts as mastered (right at least three times in a row, the last
 * after a week or more). */
export const MASTERED_BOX = 3;
/** One daily question in this many is a new item while few reviews wait (at most
 * MAX_WAITING): at one question a day, more new items would only lengthen the wait. */
export const NEW_EVERY = 3;
export const MAX_WAITING = 5;

export interface ItemState {
  questionId: string;
  box: number;
  /** Local date of the next review. */
  due: string;
  answered: number;
  correct: number;
  /** Local date of the last answer. */
  last: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The item after an answer on `today`. Answering again the same day changes nothing more
 * than its counts (an item seen on the channel card and in practice is not promoted twice). */
export function review(
  state: ItemState | null,
  questionId: string,
  correct: boolean,
  today: string,
): ItemState {
  const answered = (state?.answered ?? 0) + 1;
  const right = (state?.correct ?? 0) + (correct ? 1 : 0);
  if (state && state.last === today && correct) return { ...state, answered, correct: right }; // a second right answer today: no promotion
  const box = correct ? Math.min((state?.box ?? 0) + 1, BOX_DAYS.length - 1) : 0;
  return {
    questionId,
    box,
    due: addDays(today, BOX_DAYS[box] as number),
    answered,
    correct: right,
    last: today,
  };
}

export const isMastered = (s: ItemState): boolean => s.box >= MASTERED_BOX;
export const isDue = (s: ItemState, today: string): boolean => s.due <= today;

/**
 * Today's question: a new item every NEW_EVERY-th question (counted by `delivered`, the
 * person's number of daily questions so far) while few reviews wait, or when nothing is due;
 * otherwise a due item, missed ones first (the lowest box), then the longest overdue. New items come from the exam area this person
 * has seen least of, so practice spreads across the areas. When everything was seen and
 * nothing is due, the item due soonest comes early.
 */
export function nextItem(
  questions: readonly QuizQuestion[],
  states: readonly ItemState[],
  today: string,
  delivered: number,
  random: () => number,
): QuizQuestion | null {
  if (!questions.length) return null;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const known = states.filter((s) => byId.has(s.questionId));
  const seen = new Set(known.map((s) => s.questionId));
  const due = known
    .filter((s) => isDue(s, today))
    // Missed items (the lowest box) first, then the longest overdue.
    .sort(
      (a, b) =>
        a.box - b.box || a.due.localeCompare(b.due) || a.questionId.localeCompare(b.questionId),
    );
  const unseen = questions.filter((q) => !seen.has(q.id));
  const steady = delivered % NEW_EVERY === NEW_EVERY - 1 && due.length <= MAX_WAITING;
  const wantNew = unseen.length > 0 && (!due.length || steady);
  if (wantNew) return newItem(questions, unseen, seen, random);
  if (due.length) return byId.get((due[0] as ItemState).questionId) ?? null;
  const soonest = [...known].sort((a, b) => a.due.localeCompare(b.due) || a.box - b.box)[0];
  return soonest ? (byId.get(soonest.questionId) ?? null) : null;
}

function newItem(
  questions: readonly QuizQuestion[],
  unseen: readonly QuizQuestion[],
  seen: ReadonlySet<string>,
  random: () => number,
): QuizQuestion {
  const share = new Map<string, { seen: number; total: number }>();
  for (const q of questions) {
    const s = share.get(q.area) ?? { seen: 0, total: 0 };
    s.total++;
    if (seen.has(q.id)) s.seen++;
    share.set(q.area, s);
  }
  const ratio = (area: string) => {
    const s = share.get(area) as { seen: number; total: number };
    return s.seen / s.total;
  };
  const least = Math.min(...unseen.map((q) => ratio(q.area)));
  const pool = unseen.filter((q) => ratio(q.area) === least);
  return pool[Math.floor(random() * pool.length)] ?? (unseen[0] as QuizQuestion);
}
