// Quiz cards from the shared card state. An answer is graded once (the first counts), the
// clicker gets their personal view as the invoke response (only their client shows it), and
// the shared card is updated with the new count and the clicker added to `refresh.userIds`, so
// Teams keeps fetching their own view for them while everyone else keeps seeing the question.
// Teams does that for 60 people per card: the first 60 keep it; from the 61st on, the person's
// view is also sent to them privately (a targeted message, else their personal chat).
import type { Graded, QuizCardState } from '../../src/quiz/service.ts';
import type { Services } from '../../src/services.ts';
import type { Quiz } from '../../src/store/store.ts';
import type { Card } from './cards/elements.ts';
import { MAX_REFRESH_USERS, personalQuizCard, type QuizCardInput, quizCard } from './cards/quiz.ts';

/** The card everyone sees, for a quiz (null when its question is gone). */
export async function quizCardInput(services: Services, quiz: Quiz): Promise<QuizCardInput | null> {
  const state = await services.quiz.cardState(quiz.id, null);
  return state && cardInput(services, state);
}

async function cardInput(services: Services, state: QuizCardState): Promise<QuizCardInput> {
  return {
    quizId: state.quiz.id,
    kind: state.quiz.kind,
    question: state.question,
    total: state.total,
    previous: state.previous,
    // The people who answered, oldest first: the first 60 get their own view refreshed.
    answeredBy: (await services.store.answerers(state.quiz.id)).slice(0, MAX_REFRESH_USERS),
  };
}

/** After a click on an option: the clicker's own view, and everyone's card with the count. */
export async function answeredCards(
  services: Services,
  graded: Graded,
  state: QuizCardState,
): Promise<{ personal: Card; shared: Card; privateCopy: Card | null }> {
  const input = await cardInput(services, state);
  const { choice, correct, first, source, streak } = graded;
  const personal = personalQuizCard(input, { choice, correct, first, source, streak });
  // Past the refresh list, the clicker's view would be lost at the next refresh: a copy of it
  // that lasts, without the refresh (it is theirs already).
  const { refresh: _theirs, ...copy } = personal;
  const beyond = first && !(await inRefreshList(services, state));
  return { personal, shared: quizCard(input), privateCopy: beyond ? copy : null };
}

async function inRefreshList(services: Services, state: QuizCardState): Promise<boolean> {
  const answerers = await services.store.answerers(state.quiz.id);
  return answerers.length <= MAX_REFRESH_USERS;
}

/** A refresh from Teams (automatic for the people in `userIds`, or "Refresh" from the menu):
 * the person's own view when they answered, the shared card otherwise. */
export async function viewCard(services: Services, state: QuizCardState): Promise<Card> {
  const input = await cardInput(services, state);
  if (!state.mine) return quizCard(input);
  return personalQuizCard(input, {
    ...state.mine,
    first: true,
    source: state.source,
    streak: null,
  });
}
