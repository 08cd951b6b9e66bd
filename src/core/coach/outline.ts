// What each view of the personal exam coach holds, in order, for every surface: a question
// card (the daily personal question or one practice-test question), the feedback after an
// answer, the readiness view and the practice summary. Renderers turn these into Block Kit,
// Adaptive Cards, HTML or text and never add, drop or reorder a part; the words come from
// copy.ts (COACH). Only the person these are about ever sees them.

/** What a surface sends back when a coach button is pressed (see commands/actions.ts). */
export type CoachAction =
  /** An option of the daily personal question; `itemId` is the card's `answer.itemId`. */
  | { kind: 'coach-answer'; itemId: string; choice: number }
  /** An option of practice-test question `index` (0-based) of session `sessionId`. */
  | { kind: 'practice-answer'; sessionId: string; index: number; choice: number }
  /** "End the test": the summary now; unanswered questions count as unanswered. */
  | { kind: 'practice-end'; sessionId: string }
  /** "My progress" (the App Home's refresh, a button under feedback). */
  | { kind: 'coach-progress' }
  /** The confirm step of "quiz forget me". */
  | { kind: 'coach-forget'; confirm: boolean };

/** An answer button's action without its choice: the surface adds `choice` (the option index). */
export type AnswerTarget =
  | { kind: 'coach-answer'; itemId: string }
  | { kind: 'practice-answer'; sessionId: string; index: number };

/** One question, one button per option. */
export interface QuestionCard {
  answer: AnswerTarget;
  /** "Your daily practice question" / "Practice test". */
  heading: string;
  /** "Question 3 of 20 · 4 of 25 minutes used" (practice), null for the daily question. */
  progress: string | null;
  /** The exam area, e.g. "Advocacy". */
  area: string;
  scenario: string;
  /** In order; option i's button sends choice i. */
  options: string[];
  /** Practice only: a button that ends the test now. */
  end: { label: string; action: { kind: 'practice-end'; sessionId: string } } | null;
}

/** After an answer: whether it was right, why, the right option, the source, when it returns. */
export interface AnswerFeedback {
  correct: boolean;
  /** A second click on the same question: the first answer stands and is shown again. */
  repeat: boolean;
  /** "Right." / "Not quite." */
  verdict: string;
  /** The option picked and, when wrong, its one-line reason from the question bank. */
  chosen: { label: string; text: string; why: string | null };
  right: { label: string; text: string };
  explanation: { label: string; text: string };
  source: { label: string; title: string; section: string };
  /** "This one comes back in 3 days." (nothing for a practice test). */
  next: string | null;
  /** Opens the topic's guidance: a button sending the Action { kind: 'topic', topicId }. */
  guidance: { label: string; topicId: string; title: string };
}

/** One exam area or topic in the readiness view. */
export interface ReadinessRow {
  /** The area name, or the topic id for topics. */
  id: string;
  name: string;
  answered: number;
  correct: number;
  /** 0-100, null when nothing answered. */
  accuracy: number | null;
  /** Items this person knows well (answered right at increasing intervals), of `total`. */
  mastered: number;
  total: number;
  /** "Advocacy: 7 of 9 right (78%) · 3 of 28 mastered". */
  line: string;
}

/** "quiz progress", the App Home and the console's progress view: for the person only. */
export interface ReadinessOutline {
  heading: string;
  /** Only you see this; not a score prediction. */
  note: string;
  /** The daily plan: time and zone, paused until, or how to start one. */
  plan: string;
  /** Answered, right (%), due now, streak, mastered: label and value, in order. */
  summary: { label: string; value: string }[];
  /** Said instead of the tables when nothing was answered yet. */
  empty: string | null;
  areas: { label: string; rows: ReadinessRow[] };
  topics: { label: string; rows: ReadinessRow[] };
  /** Three topics to review next; each opens its guidance (Action { kind: 'topic', topicId }). */
  review: { label: string; items: { topicId: string; title: string; reason: string }[] };
}

/** The end of a practice test. */
export interface PracticeSummary {
  sessionId: string;
  heading: string;
  /** "14 of 20 right (70%)". */
  score: string;
  /** "Took 23 minutes (limit 25)". */
  time: string;
  /** "2 not answered before the end", or null. */
  unanswered: string | null;
  areas: { label: string; lines: string[] };
  /** The wrong and unanswered items, to review. */
  wrong: {
    label: string;
    /** "You chose", "The best answer". */
    chosenLabel: string;
    rightLabel: string;
    items: {
      questionId: string;
      scenario: string;
      /** null: not answered. */
      chosen: string | null;
      why: string | null;
      right: string;
      topicId: string;
      topicTitle: string;
    }[];
  };
  note: string;
}

/** Everything a coach command or click gives the surfaces to render, as one result kind
 * ({ kind: 'coach', view }) so each surface has one case to add. */
export type CoachView =
  /** A sentence: plan saved, paused, stopped, erased, "do it in a DM", refusals. */
  | { kind: 'notice'; text: string }
  /** A question (practice started, or the daily personal question shown again). */
  | { kind: 'question'; card: QuestionCard }
  /** After an answer. Practice: `next` is the following question, or `summary` ends it. */
  | {
      kind: 'feedback';
      feedback: AnswerFeedback;
      next: QuestionCard | null;
      summary: PracticeSummary | null;
    }
  | { kind: 'readiness'; readiness: ReadinessOutline }
  | { kind: 'summary'; summary: PracticeSummary }
  /** "quiz forget me": buttons send { kind: 'coach-forget', confirm: true | false }. */
  | { kind: 'forget-confirm'; text: string; confirm: string; cancel: string };
