// A person's readiness, for them only: accuracy and mastery by exam area and by topic, items
// due, the streak and the three topics to review next. Numbers a learner can act on; no exam
// score prediction and no area weights (they are not published).
import { COACH, reviewReason, rowText, streakText } from '../copy.ts';
import { streak } from '../quiz.ts';
import type { QuizQuestion } from '../types.ts';
import type { ReadinessOutline, ReadinessRow } from './outline.ts';
import { type ItemState, isDue, isMastered } from './schedule.ts';

export interface ReadinessInput {
  questions: readonly QuizQuestion[];
  states: readonly ItemState[];
  /** Local dates on which the person answered anything. */
  activeDays: readonly string[];
  today: string;
  /** The plan as a sentence (planText, pausedPlanText or COACH.notStarted). */
  plan: string;
  topicTitle: (topicId: string) => string;
}

interface Tally {
  answered: number;
  correct: number;
  mastered: number;
  due: number;
  total: number;
}

export function readinessOutline(o: ReadinessInput): ReadinessOutline {
  const stateOf = new Map(o.states.map((s) => [s.questionId, s]));
  const areas = new Map<string, Tally>();
  const topics = new Map<string, Tally>();
  const all: Tally = { answered: 0, correct: 0, mastered: 0, due: 0, total: 0 };
  for (const q of o.questions) {
    const s = stateOf.get(q.id);
    for (const t of [tally(areas, q.area), tally(topics, q.topic), all]) {
      t.total++;
      if (!s) continue;
      t.answered += s.answered;
      t.correct += s.correct;
      if (isMastered(s)) t.mastered++;
      if (isDue(s, o.today)) t.due++;
    }
  }
  const rows = (m: Map<string, Tally>, name: (id: string) => string): ReadinessRow[] =>
    [...m.entries()]
      .map(([id, t]) => row(id, name(id), t))
      .sort((a, b) => a.name.localeCompare(b.name));
  const days = streak(o.activeDays, o.today);
  return {
    heading: COACH.progressHeading,
    note: COACH.progressNote,
    plan: o.plan,
    summary: [
      { label: COACH.answered, value: String(all.answered) },
      {
        label: COACH.rightShare,
        value: all.answered ? `${Math.round((100 * all.correct) / all.answered)}%` : '–',
      },
      { label: COACH.dueNow, value: String(all.due) },
      { label: COACH.streak, value: streakText(days) },
      { label: COACH.mastered, value: `${all.mastered} of ${all.total}` },
    ],
    empty: all.answered ? null : COACH.progressEmpty,
    areas: { label: COACH.byArea, rows: rows(areas, (a) => a) },
    topics: {
      label: COACH.byTopic,
      rows: all.answered ? rows(topics, o.topicTitle).filter((r) => r.answered) : [],
    },
    review: { label: COACH.reviewNext, items: toReview(topics, o.topicTitle) },
  };
}

function tally(m: Map<string, Tally>, key: string): Tally {
  let t = m.get(key);
  if (!t) {
    t = { answered: 0, correct: 0, mastered: 0, due: 0, total: 0 };
    m.set(key, t);
  }
  return t;
}

function row(id: string, name: string, t: Tally): ReadinessRow {
  return {
    id,
    name,
    answered: t.answered,
    correct: t.correct,
    accuracy: t.answered ? Math.round((100 * t.correct) / t.answered) : null,
    mastered: t.mastered,
    total: t.total,
    line: rowText(name, t.answered, t.correct, t.mastered, t.total),
  };
}

/**
 * The three topics to review: the weakest practiced ones first (share of wrong answers, then
 * items due), then, when fewer than three were missed, topics not practiced yet. A topic with
 * every answer right and nothing due is not suggested.
 */
function toReview(topics: Map<string, Tally>, title: (id: string) => string) {
  const weakness = (t: Tally) =>
    t.answered ? (t.answered - t.correct) / t.answered + 0.05 * t.due : -1;
  return [...topics.entries()]
    .filter(([, t]) => !t.answered || t.correct < t.answered || t.due > 0)
    .sort(
      ([a, x], [b, y]) =>
        weakness(y) - weakness(x) || x.answered - y.answered || a.localeCompare(b),
    )
    .slice(0, 3)
    .map(([topicId, t]) => ({
      topicId,
      title: title(topicId),
      reason: reviewReason(t.answered, t.correct, t.due),
    }));
}
