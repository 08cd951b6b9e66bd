// Coach views at their largest, built from the real question bank, for the renderers' limit
// tests: the longest scenario as a question, its feedback, a readiness view over every area and
// topic, and a practice summary with every question of the longest test wrong.
import type {
  AnswerFeedback,
  PracticeSummary,
  QuestionCard,
  ReadinessOutline,
  ReadinessRow,
} from '../../src/core/coach/outline.ts';
import { COACH } from '../../src/core/copy.ts';
import type { QuizQuestion } from '../../src/core/types.ts';
import { kb } from '../helpers.ts';

const byLength = [...kb.quiz].sort((a, b) => b.scenario.length - a.scenario.length);
export const longest = byLength[0] as QuizQuestion;

export const question = (q: QuizQuestion = longest, index = 0): QuestionCard => ({
  answer: { kind: 'practice-answer', sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21', index },
  heading: COACH.practiceHeading,
  progress: `Question ${index + 1} of 60 · 59 of 75 minutes used`,
  area: q.area,
  scenario: q.scenario,
  options: q.options,
  end: {
    label: COACH.endTest,
    action: { kind: 'practice-end', sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21' },
  },
});

export function feedback(q: QuizQuestion = longest): AnswerFeedback {
  const wrong = q.correct === 0 ? 1 : 0;
  return {
    correct: false,
    repeat: true,
    verdict: COACH.wrong,
    chosen: { label: COACH.youChose, text: q.options[wrong] ?? '', why: q.why[wrong] ?? null },
    right: { label: COACH.bestAnswer, text: q.options[q.correct] ?? '' },
    explanation: { label: COACH.why, text: q.explanation },
    source: {
      label: COACH.source,
      title: 'Medi-Cal Peer Support Specialist Code of Ethics',
      section: 'Section 4.2',
    },
    next: 'This one comes back in 3 days.',
    guidance: { label: COACH.readGuidance, topicId: q.topic, title: q.topic },
  };
}

const row = (id: string, name: string): ReadinessRow => ({
  id,
  name,
  answered: 9,
  correct: 7,
  accuracy: 78,
  mastered: 3,
  total: 28,
  line: `${name}: 7 of 9 right (78%) · 3 of 28 mastered`,
});

export function readiness(): ReadinessOutline {
  const areas = [...new Set(kb.quiz.map((q) => q.area))];
  return {
    heading: COACH.progressHeading,
    note: COACH.progressNote,
    plan: 'Your daily practice question comes at 07:30 America/Los_Angeles on weekdays, in a direct message.',
    summary: [
      { label: COACH.answered, value: '120' },
      { label: COACH.rightShare, value: '74%' },
      { label: COACH.dueNow, value: '12' },
      { label: COACH.streak, value: '9 days' },
      { label: COACH.mastered, value: '40 of 250' },
    ],
    empty: null,
    areas: { label: COACH.byArea, rows: areas.map((a) => row(a, a)) },
    topics: { label: COACH.byTopic, rows: kb.topics.map((t) => row(t.id, t.title)) },
    review: {
      label: COACH.reviewNext,
      items: kb.topics
        .slice(0, 3)
        .map((t) => ({ topicId: t.id, title: t.title, reason: '2 of 6 right, 3 due' })),
    },
  };
}

export function summary(): PracticeSummary {
  const items = byLength.slice(0, 60);
  return {
    sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21',
    heading: COACH.practiceDone,
    score: '0 of 60 right (0%)',
    time: 'Took 75 minutes (limit 75); time ran out.',
    unanswered: '10 not answered before the end.',
    areas: {
      label: COACH.byArea,
      lines: [...new Set(items.map((q) => q.area))].map((a) => `${a}: 0 of 6 right`),
    },
    wrong: {
      label: COACH.reviewThese,
      chosenLabel: COACH.youChose,
      rightLabel: COACH.bestAnswer,
      items: items.map((q, i) => ({
        questionId: q.id,
        scenario: q.scenario,
        chosen: i % 6 === 0 ? null : (q.options[q.correct === 0 ? 1 : 0] ?? ''),
        why: q.why[q.correct === 0 ? 1 : 0] ?? null,
        right: q.options[q.correct] ?? '',
        topicId: q.topic,
        topicTitle: kb.topics.find((t) => t.id === q.topic)?.title ?? q.topic,
      })),
    },
    note: COACH.practiceNote,
  };
}
