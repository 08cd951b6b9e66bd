// The curator report: what people asked about, what was missed, what helped, how the quiz went,
// for a time range. Counts only: no person is named (quiz answers are grouped by question
// before they leave the store) and unanswered questions appear, redacted, only while
// collection is on.

import { localParts } from '../core/local-time.ts';
import { questionToKeep } from '../core/safety/keep-question.ts';
import type { Services } from '../services.ts';
import { draftsWaiting } from '../supervisor/drafts.ts';
import { type DueReview, dueReviews, REVIEW_MONTHS } from './reviews.ts';

export interface TopicCount {
  topic: string;
  title: string;
  count: number;
}

export interface TopicFeedback {
  topic: string;
  title: string;
  helpful: number;
  notHelpful: number;
}

export interface QuizAccuracy {
  /** A topic id or an exam area. */
  key: string;
  title: string;
  answered: number;
  correct: number;
  /** correct / answered, 0..1 (3 decimals); null with no answers. */
  accuracy: number | null;
}

export interface Report {
  range: {
    /** Instants, ISO 8601: from included, to excluded. */
    from: string;
    to: string;
    /** The days as the agency reads them, in `zone`. */
    firstDay: string;
    lastDay: string;
    zone: string;
  };
  questions: {
    total: number;
    /** A topic was given. */
    answered: number;
    noMatch: number;
    help: number;
    /** The crisis protocol fired (counted by its best topic too, when there was one). */
    crisis: number;
    /** Most asked first. */
    byTopic: TopicCount[];
  };
  feedback: TopicFeedback[];
  quiz: {
    answered: number;
    correct: number;
    accuracy: number | null;
    byTopic: QuizAccuracy[];
    byArea: QuizAccuracy[];
  };
  misses: {
    /** COLLECT_MISSES is on; when off, no unanswered question is shown at all. */
    collected: boolean;
    total: number;
    /** Redacted, oldest first: the latest MAX_MISSES. `day` is the local day in `zone` (the
     * instant's UTC date can be the next day). */
    items: { at: string; day: string; text: string }[];
  };
  /** Questions sent to supervisors in the range (kept until SUPERVISOR_RETENTION_DAYS after
   * closing, so older ranges count fewer). Counts only. */
  requests: {
    total: number;
    byState: { open: number; claimed: number; answered: number; closed: number };
    /** Median minutes from sending to the answer, over the answered ones; null with none. */
    medianMinutesToAnswer: number | null;
    /** The topics the bot guessed for them, most first (at most 10). */
    topics: TopicCount[];
    /** Drafts in SUPERVISOR_DRAFTS_DIR waiting for a curator's review, by topic id. */
    draftsWaiting: string[];
  };
  /** Topics not reviewed in the last `months` months, as of `today` (the agency's day, when
   * the report was made), oldest review first; `topics` is how many there are in all. */
  reviews: { today: string; months: number; topics: number; due: DueReview[] };
}

export const MAX_MISSES = 500;
const REMOVED = '(no longer in the question bank)';

const accuracy = (correct: number, answered: number) =>
  answered ? Math.round((correct / answered) * 1000) / 1000 : null;

export async function buildReport(
  services: Services,
  range: { from: Date; to: Date },
): Promise<Report> {
  const { store, config } = services;
  const kb = services.bot.kb;
  const title = (id: string) => kb.topicsById.get(id)?.title ?? id;
  const [asks, feedback, results, misses, requests] = await Promise.all([
    store.askCountsBetween(range.from, range.to),
    store.feedbackBetween(range.from, range.to),
    store.quizResultsBetween(range.from, range.to),
    config.collectMisses ? store.missesBetween(range.from, range.to) : Promise.resolve([]),
    store.requestFactsBetween(range.from, range.to),
  ]);

  const outcome = (name: string) =>
    asks.filter((a) => a.outcome === name).reduce((n, a) => n + a.count, 0);
  const byTopic = new Map<string, number>();
  for (const a of asks) if (a.topic) byTopic.set(a.topic, (byTopic.get(a.topic) ?? 0) + a.count);

  const questions = new Map(kb.quiz.map((q) => [q.id, q]));
  const quizTopics = new Map<string, QuizAccuracy>();
  const quizAreas = new Map<string, QuizAccuracy>();
  const add = (into: Map<string, QuizAccuracy>, key: string, name: string, r: Counts) => {
    const e = into.get(key) ?? { key, title: name, answered: 0, correct: 0, accuracy: null };
    e.answered += r.answered;
    e.correct += r.correct;
    into.set(key, e);
  };
  for (const r of results) {
    const q = questions.get(r.questionId);
    add(quizTopics, q?.topic ?? REMOVED, q ? title(q.topic) : REMOVED, r);
    add(quizAreas, q?.area ?? REMOVED, q?.area ?? REMOVED, r);
  }
  const finish = (m: Map<string, QuizAccuracy>) =>
    [...m.values()]
      .map((e) => ({ ...e, accuracy: accuracy(e.correct, e.answered) }))
      .sort((a, b) => a.title.localeCompare(b.title));
  const answered = results.reduce((n, r) => n + r.answered, 0);
  const correct = results.reduce((n, r) => n + r.correct, 0);
  const lastInstant = new Date(range.to.getTime() - 1);
  const today = localParts(services.now(), config.quizZone).date;

  return {
    range: {
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      firstDay: localParts(range.from, config.quizZone).date,
      lastDay: localParts(lastInstant, config.quizZone).date,
      zone: config.quizZone,
    },
    questions: {
      total: asks.reduce((n, a) => n + a.count, 0),
      answered: outcome('topic'),
      noMatch: outcome('no-match'),
      help: outcome('help'),
      crisis: outcome('crisis'),
      byTopic: [...byTopic]
        .map(([topic, count]) => ({ topic, title: title(topic), count }))
        .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic)),
    },
    feedback: feedback.map((f) => ({ ...f, title: title(f.topic) })),
    quiz: {
      answered,
      correct,
      accuracy: accuracy(correct, answered),
      byTopic: finish(quizTopics),
      byArea: finish(quizAreas),
    },
    misses: {
      collected: config.collectMisses,
      total: misses.length,
      // Stored redacted; redacted again on the way out in case the rules have grown since, and
      // withheld if the words still look risky.
      items: misses.slice(-MAX_MISSES).map((m) => ({
        at: m.at,
        day: localParts(new Date(m.at), config.quizZone).date,
        text: questionToKeep(m.text, [], m.text.length),
      })),
    },
    requests: requestSummary(requests, title, config.supervisors.draftsDir),
    reviews: {
      today,
      months: REVIEW_MONTHS,
      topics: kb.topics.length,
      due: dueReviews(kb.topics, today),
    },
  };
}

function requestSummary(
  facts: { state: string; topic: string | null; askedAt: string; answeredAt: string | null }[],
  title: (id: string) => string,
  draftsDir: string,
): Report['requests'] {
  const byState = { open: 0, claimed: 0, answered: 0, closed: 0 };
  const topics = new Map<string, number>();
  const minutes: number[] = [];
  for (const f of facts) {
    if (f.state in byState) byState[f.state as keyof typeof byState]++;
    if (f.topic) topics.set(f.topic, (topics.get(f.topic) ?? 0) + 1);
    if (f.answeredAt) minutes.push((Date.parse(f.answeredAt) - Date.parse(f.askedAt)) / 60_000);
  }
  return {
    total: facts.length,
    byState,
    medianMinutesToAnswer: median(minutes),
    topics: [...topics]
      .map(([topic, count]) => ({ topic, title: title(topic), count }))
      .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
      .slice(0, 10),
    draftsWaiting: draftsWaiting(draftsDir),
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(m);
}

interface Counts {
  answered: number;
  correct: number;
}
