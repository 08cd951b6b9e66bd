// A command's platform-neutral result as an Adaptive Card. Two results need Teams to draw them
// (a quiz card's answers so far, the leaderboard's names): the handler passes those look-ups in.
import { leaderboardPage } from '../../../src/commands/leaderboard.ts';
import type { CommandResult, leaderboardRows } from '../../../src/commands/run.ts';
import { QUIZ_QUESTION_GONE, unsubscribedText } from '../../../src/commands/text.ts';
import type { Quiz } from '../../../src/store/store.ts';
import { coachCard } from './coach.ts';
import {
  helpCard,
  leaderboardCard,
  noticeCard,
  sourcesCard,
  statsCard,
  subscribedCard,
  usageCard,
} from './commands.ts';
import type { Card } from './elements.ts';
import { guidanceCard, type Surface, topicsCard } from './guidance.ts';
import { type QuizCardInput, quizCard } from './quiz.ts';
import { confirmCard, previewData, requestsCard } from './supervisor.ts';

export type LeaderboardRows = Awaited<ReturnType<typeof leaderboardRows>>;

export interface ResultLookups {
  surface: Surface;
  /** What the card everyone sees shows for a quiz; null when its question is gone. */
  quizCardInput(quiz: Quiz): Promise<QuizCardInput | null>;
  /** A person's name as Teams shows it (one member call each). */
  displayName(userId: string): Promise<string>;
}

export async function renderResult(result: CommandResult, lookups: ResultLookups): Promise<Card> {
  const { surface } = lookups;
  switch (result.kind) {
    case 'guidance':
      return guidanceCard(result.guidance, surface, result.escalate);
    case 'help':
      return helpCard(result.guidance, surface);
    case 'topics':
      return topicsCard(result.topics);
    case 'sources':
      return sourcesCard(result.sources);
    case 'quiz': {
      const input = await lookups.quizCardInput(result.quiz);
      return input ? quizCard(input) : noticeCard(QUIZ_QUESTION_GONE);
    }
    case 'subscribed':
      return subscribedCard(result);
    case 'unsubscribed':
      return noticeCard(unsubscribedText(result.existed));
    case 'stats':
      return statsCard(result.stats, surface);
    case 'leaderboard':
      return leaderboardPageCard(result.optedIn, result.rows, 1, lookups);
    case 'usage':
      return usageCard(result, surface);
    case 'supervisor-preview':
      return confirmCard(result.preview, previewData(result.preview), result.problem ?? undefined);
    case 'requests':
      return requestsCard(result);
    case 'supervisor-unavailable':
    case 'not-supervisor':
      return noticeCard(result.text);
    case 'coach':
      return coachCard(result.view);
  }
}

/** One page: names are looked up for its rows only. */
export async function leaderboardPageCard(
  optedIn: boolean | null,
  rows: LeaderboardRows,
  page: number,
  lookups: ResultLookups,
): Promise<Card> {
  const board = leaderboardPage(rows, page);
  const named = await Promise.all(
    board.rows.map(async (row) => ({ ...row, name: await lookups.displayName(row.userId) })),
  );
  return leaderboardCard(optedIn, { ...board, rows: named }, lookups.surface);
}
