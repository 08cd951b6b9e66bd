// Cards for the command results that are not guidance: help, usage mistakes, subscriptions,
// stats and the leaderboard. Anything a person typed is shown with `literal`, never as markdown.
import { COMMANDS } from '../../../src/commands/index.ts';
import type { LeaderboardPage } from '../../../src/commands/leaderboard.ts';
import type { QuizStats } from '../../../src/commands/run.ts';
import type { CitedSource } from '../../../src/commands/sources.ts';
import {
  leaderboardNote,
  leaderboardPageText,
  leaderboardRow,
  NEXT_PAGE,
  NOBODY_ON_LEADERBOARD,
  PREVIOUS_PAGE,
  SOURCES_HEADING,
  SOURCES_NOTE,
  sourceLine,
  statsText,
  subscribedText,
} from '../../../src/commands/text.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import {
  actionSet,
  type Card,
  card,
  type Element,
  execute,
  facts,
  heading,
  literal,
  text,
  VERB,
} from './elements.ts';
import { guidanceCard, type Surface } from './guidance.ts';

export function helpCard(guidance: Guidance, surface: Surface): Card {
  const c = guidanceCard(guidance, surface);
  c.body.push(
    text('Commands', { weight: 'Bolder', spacing: 'Medium' }),
    facts(COMMANDS.map((c) => ({ title: c.what, value: `${surface.prefix}${c.syntax}` }))),
  );
  return c;
}

export function usageCard(
  usage: { problem: string; syntax: string; example: string },
  surface: Surface,
): Card {
  return card(
    [
      // Shown literally: the syntax holds characters markdown would read ([, |, <).
      literal(usage.problem, { weight: 'Bolder' }),
      text('Syntax', { weight: 'Bolder', spacing: 'Medium' }),
      literal(`${surface.prefix}${usage.syntax}`, { fontType: 'Monospace' }),
      text('Example', { weight: 'Bolder' }),
      literal(`${surface.prefix}${usage.example}`, { fontType: 'Monospace' }),
    ],
    { fallbackText: 'Syntax' },
  );
}

export function noticeCard(message: string): Card {
  return card([text(message)], { fallbackText: message });
}

export function subscribedCard(r: { time: string; zone: string; weekdaysOnly: boolean }): Card {
  return noticeCard(subscribedText(r));
}

/** The standards the guidance cites, a line each. */
export function sourcesCard(sources: CitedSource[]): Card {
  return card(
    [
      heading(SOURCES_HEADING),
      ...sources.map((s) => text(sourceLine(s), { spacing: 'Small' })),
      text(SOURCES_NOTE, { isSubtle: true, spacing: 'Medium' }),
    ],
    { fallbackText: SOURCES_HEADING },
  );
}

export function statsCard(stats: QuizStats, surface: Surface): Card {
  const body = [heading('Your quiz stats'), text(statsText(stats, surface.prefix))];
  if (stats.byArea.length)
    body.push(
      text('By exam area', { weight: 'Bolder', spacing: 'Medium' }),
      facts(stats.byArea.map((a) => ({ title: a.area, value: `${a.correct}/${a.answered}` }))),
    );
  return card(body, { fallbackText: 'Your quiz stats' });
}

/** One page of the leaderboard; the buttons show the clicker the page before or after. */
export function leaderboardCard(
  optedIn: boolean | null,
  board: LeaderboardPage<{ name: string; correct: number; answered: number }>,
  surface: Surface,
): Card {
  const body = [heading('Quiz leaderboard')];
  if (!board.rows.length) body.push(text(NOBODY_ON_LEADERBOARD));
  // Display names come from Teams: shown literally.
  for (const r of board.rows) body.push(literal(leaderboardRow(r.rank, r.name, r)));
  if (board.pages > 1) {
    body.push(text(leaderboardPageText(board.page, board.pages, board.total), { isSubtle: true }));
    const buttons: Element[] = [];
    if (board.page > 1)
      buttons.push(execute(PREVIOUS_PAGE, VERB.leaderboard, { page: board.page - 1 }));
    if (board.page < board.pages)
      buttons.push(execute(NEXT_PAGE, VERB.leaderboard, { page: board.page + 1 }));
    body.push(actionSet(buttons));
  }
  body.push(text(leaderboardNote(optedIn, surface.prefix), { isSubtle: true, spacing: 'Medium' }));
  return card(body, { fallbackText: 'Quiz leaderboard' });
}
