// Cards for the command results that are not guidance: help, usage mistakes, subscriptions,
// stats and the leaderboard. Anything a person typed is shown with `literal`, never as markdown.
import { SYNTAX } from '../../../src/commands/parse.ts';
import type { QuizStats } from '../../../src/commands/run.ts';
import type { Guidance } from '../../../src/core/guidance.ts';
import { type Card, card, facts, heading, literal, text } from './elements.ts';
import { guidanceCard, type Surface } from './guidance.ts';

const COMMANDS: (keyof typeof SYNTAX)[] = [
  'ask',
  'topics',
  'quiz',
  'subscribe',
  'unsubscribe',
  'stats',
  'leaderboard',
  'help',
];

export function helpCard(g: Guidance, s: Surface): Card {
  const c = guidanceCard(g, s);
  c.body.push(
    text('Commands', { weight: 'Bolder', spacing: 'Medium' }),
    facts(COMMANDS.map((k) => ({ title: k, value: `${s.prefix}${SYNTAX[k].syntax}` }))),
  );
  return c;
}

export function usageCard(
  u: { problem: string; syntax: string; example: string },
  s: Surface,
): Card {
  return card(
    [
      // The problem may quote what was typed: shown literally.
      literal(u.problem, { weight: 'Bolder' }),
      text('Syntax', { weight: 'Bolder', spacing: 'Medium' }),
      literal(`${s.prefix}${u.syntax}`, { fontType: 'Monospace' }),
      text('Example', { weight: 'Bolder' }),
      literal(`${s.prefix}${u.example}`, { fontType: 'Monospace' }),
    ],
    { fallbackText: 'Syntax' },
  );
}

export function noticeCard(message: string): Card {
  return card([text(message)], { fallbackText: message });
}

export function subscribedCard(r: { time: string; zone: string; weekdaysOnly: boolean }): Card {
  const days = r.weekdaysOnly ? 'every weekday' : 'every day';
  return noticeCard(
    `Daily quiz on: a new question here ${days} at ${r.time} (${r.zone}). Answers are private to each person.`,
  );
}

export function statsCard(stats: QuizStats): Card {
  const pct = stats.answered ? Math.round((100 * stats.correct) / stats.answered) : 0;
  const body = [
    heading('Your quiz stats'),
    text(
      stats.answered
        ? `${stats.correct} of ${stats.answered} correct (${pct}%). Streak: ${stats.streak} day${stats.streak === 1 ? '' : 's'}.`
        : 'No answers yet. Try one with "quiz".',
    ),
  ];
  if (stats.byArea.length)
    body.push(
      text('By exam area', { weight: 'Bolder', spacing: 'Medium' }),
      facts(stats.byArea.map((a) => ({ title: a.area, value: `${a.correct}/${a.answered}` }))),
    );
  return card(body, { fallbackText: 'Your quiz stats' });
}

export function leaderboardCard(
  optedIn: boolean | null,
  rows: { name: string; correct: number; answered: number }[],
): Card {
  const body = [heading('Quiz leaderboard')];
  if (optedIn === true) body.push(text('You joined the leaderboard for this channel.'));
  if (optedIn === false) body.push(text('You left the leaderboard for this channel.'));
  if (!rows.length) body.push(text('Nobody has joined yet. Join with "quiz leaderboard on".'));
  rows.forEach((r, i) => {
    // Display names come from Teams: shown literally.
    body.push(literal(`${i + 1}. ${r.name}: ${r.correct} correct of ${r.answered}`));
  });
  return card(body, { fallbackText: 'Quiz leaderboard' });
}
