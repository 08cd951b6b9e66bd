// The daily question card and what follows any answer: right or not, why the chosen option is
// wrong (the bank's one-line reason), the right option, the explanation, the source, when the
// item comes back, and the guidance to read.
import { COACH, comesBackText } from '../copy.ts';
import type { QuizQuestion } from '../types.ts';
import type { AnswerFeedback, QuestionCard } from './outline.ts';

export function dailyCard(itemId: string, q: QuizQuestion): QuestionCard {
  return {
    answer: { kind: 'coach-answer', itemId },
    heading: COACH.dailyHeading,
    progress: null,
    area: q.area,
    scenario: q.scenario,
    options: [...q.options],
    end: null,
  };
}

export function answerFeedback(
  q: QuizQuestion,
  choice: number,
  o: {
    repeat: boolean;
    /** Days until it comes back; null in a practice test. */
    backInDays: number | null;
    source: { title: string; section: string };
    topicTitle: string;
  },
): AnswerFeedback {
  const correct = choice === q.correct;
  return {
    correct,
    repeat: o.repeat,
    verdict: correct ? COACH.right : COACH.wrong,
    chosen: {
      label: COACH.youChose,
      text: q.options[choice] ?? '',
      why: correct ? null : (q.why[choice] ?? null),
    },
    right: { label: COACH.bestAnswer, text: q.options[q.correct] ?? '' },
    explanation: { label: COACH.why, text: q.explanation },
    source: { label: COACH.source, ...o.source },
    next: o.backInDays === null ? null : comesBackText(o.backInDays),
    guidance: { label: COACH.readGuidance, topicId: q.topic, title: o.topicTitle },
  };
}
