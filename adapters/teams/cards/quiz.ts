// Quiz cards. The base card is what everyone in the conversation sees: the scenario, four
// options, answer buttons and the number of answers. The personal view adds one person's
// result and the explanation; Teams shows it only to that person (Universal Actions: the
// invoke response, then `refresh` with their user id). See adapters/teams/README.md.
import {
  answersSoFar,
  FIRST_ANSWER_COUNTS,
  letter,
  streakText,
  whyNotText,
} from '../../../src/commands/text.ts';
import type { QuizQuestion } from '../../../src/core/types.ts';
import {
  actionSet,
  type Card,
  card,
  container,
  type Element,
  execute,
  heading,
  text,
  VERB,
} from './elements.ts';

export interface QuizCardInput {
  quizId: string;
  kind: 'daily' | 'personal';
  question: QuizQuestion;
  total: number;
  /** Yesterday's question in this channel and how it went (daily posts). */
  previous?: { question: QuizQuestion; counts: number[]; total: number } | null;
  /** People who answered: their clients fetch their own view (the first 60, Teams' limit;
   * everyone after them gets their answer privately, see quiz-actions.ts). */
  answeredBy: string[];
}

export interface PersonalResult {
  choice: number;
  correct: boolean;
  /** False when this click was not the first: the first answer counts. */
  first: boolean;
  source: { title: string; section: string };
  streak: number | null;
}

/** Teams fetches user-specific views for at most 60 people per card. */
export const MAX_REFRESH_USERS = 60;

function refresh(input: QuizCardInput): Card['refresh'] {
  // No one answered yet: no refresh at all (without userIds Teams would have every member's
  // client call the bot for a view that is the same for all).
  if (!input.answeredBy.length) return undefined;
  return {
    action: execute('Show my answer', VERB.view, { quizId: input.quizId }),
    userIds: input.answeredBy.slice(0, MAX_REFRESH_USERS),
  };
}

function questionSections(input: QuizCardInput): Element[] {
  const q = input.question;
  return [
    heading(input.kind === 'daily' ? 'Daily ethics quiz' : 'Ethics quiz'),
    text(q.area, { isSubtle: true, spacing: 'None', size: 'Small' }),
    text(q.scenario),
    ...q.options.map((o, i) => text(`**${letter(i)}.** ${o}`, { spacing: 'Small' })),
  ];
}

function countLine(total: number): Element {
  return text(answersSoFar(total), {
    isSubtle: true,
    size: 'Small',
    spacing: 'Medium',
  });
}

function previousSection(previous: NonNullable<QuizCardInput['previous']>): Element {
  const right = previous.counts[previous.question.correct] ?? 0;
  const spread = previous.counts.map((c, i) => `${letter(i)} ${c}`).join(' · ');
  return container(
    [
      text("Yesterday's question", { weight: 'Bolder' }),
      text(
        `${right} of ${previous.total} chose the answer, ${letter(previous.question.correct)}: ${previous.question.options[previous.question.correct]}`,
        { size: 'Small' },
      ),
      text(`Answers: ${spread}`, { size: 'Small', isSubtle: true }),
    ],
    { separator: true, spacing: 'Large' },
  );
}

/** The card everyone sees. */
export function quizCard(input: QuizCardInput): Card {
  const body = [
    ...questionSections(input),
    actionSet(
      input.question.options.map((_, i) =>
        execute(letter(i), VERB.answer, { quizId: input.quizId, choice: i }),
      ),
    ),
    text('Your answer and the explanation are shown only to you.', {
      size: 'Small',
      isSubtle: true,
    }),
    countLine(input.total),
  ];
  if (input.previous) body.push(previousSection(input.previous));
  const views = refresh(input);
  return card(body, { ...(views ? { refresh: views } : {}), fallbackText: 'Quiz' });
}

/** The card one person sees after answering. */
export function personalQuizCard(input: QuizCardInput, outcome: PersonalResult): Card {
  const q = input.question;
  const mine = `${letter(outcome.choice)}. ${q.options[outcome.choice]}`;
  const answer = `${letter(q.correct)}. ${q.options[q.correct]}`;
  const result: Element[] = [
    text(outcome.correct ? `Correct: ${mine}` : `Not quite. You chose ${mine}`, {
      weight: 'Bolder',
      color: outcome.correct ? 'Good' : 'Attention',
    }),
  ];
  if (!outcome.first) result.unshift(text(FIRST_ANSWER_COUNTS));
  const whyNot = whyNotText(q, outcome.choice);
  if (whyNot) result.push(text(whyNot));
  if (!outcome.correct) result.push(text(`The answer: ${answer}`, { weight: 'Bolder' }));
  result.push(
    text(q.explanation),
    text(`Source: ${outcome.source.title}, ${outcome.source.section}`, {
      size: 'Small',
      isSubtle: true,
    }),
  );
  if (outcome.streak) result.push(text(streakText(outcome.streak)));
  const body = [
    ...questionSections(input),
    container(result, { style: outcome.correct ? 'good' : 'emphasis', spacing: 'Medium' }),
    text('Only you see this.', { size: 'Small', isSubtle: true }),
    countLine(input.total),
  ];
  if (input.previous) body.push(previousSection(input.previous));
  const views = refresh(input);
  return card(body, { ...(views ? { refresh: views } : {}), fallbackText: 'Your quiz answer' });
}
