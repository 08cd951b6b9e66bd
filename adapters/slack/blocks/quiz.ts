// Quiz cards: the question with four lettered buttons (options can be longer than a button
// label, so they are listed in the text), the graded answer, stats and the leaderboard.
// The public card never shows which answer is right, only how many have answered.
import { leaderboardPage } from '../../../src/commands/leaderboard.ts';
import type { QuizStats } from '../../../src/commands/run.ts';
import {
  answersSoFar,
  FIRST_ANSWER_COUNTS,
  leaderboardNote,
  leaderboardRow,
  letter,
  NOBODY_ON_LEADERBOARD,
  plural,
  statsText,
  streakText,
  whyNotText,
} from '../../../src/commands/text.ts';
import type { QuizQuestion } from '../../../src/core/types.ts';
import type { Graded } from '../../../src/quiz/service.ts';
import type { Quiz } from '../../../src/store/store.ts';
import { ACTION, actionId, quizValue } from '../ids.ts';
import { clip, esc, mention } from '../mrkdwn.ts';
import { COMMAND } from './help.ts';
import {
  actions,
  type Block,
  context,
  divider,
  fields,
  header,
  type Message,
  section,
  withinBlockLimit,
} from './kit.ts';

export interface Previous {
  question: QuizQuestion;
  counts: number[];
  total: number;
}

export interface CardOptions {
  /** Answers so far (daily cards show the count, never the distribution). */
  total?: number;
  /** Yesterday's question and how the channel answered (daily cards). */
  previous?: Previous | null;
}

export function quizCard(quiz: Quiz, question: QuizQuestion, card: CardOptions = {}): Message {
  const daily = quiz.kind === 'daily';
  const options = question.options.map((opt, i) => `*${letter(i)}.* ${esc(opt)}`).join('\n');
  const blocks: Block[] = [
    header(daily ? '📝 Question of the day' : '📝 Practice question'),
    section(esc(question.scenario)),
    section(options),
    ...actions(
      question.options.map((_, i) => ({
        text: letter(i),
        actionId: actionId(ACTION.quiz, i),
        value: quizValue(quiz.id, i),
      })),
    ),
  ];
  if (daily) {
    const total = card.total ?? 0;
    blocks.push(
      context(
        total
          ? `${answersSoFar(total)} · your answer and the explanation are shown only to you`
          : 'Be the first to answer · your answer and the explanation are shown only to you',
      ),
    );
  }
  if (card.previous) blocks.push(divider(), ...previousBlocks(card.previous));
  return {
    text: daily ? 'Question of the day' : 'Practice question',
    blocks: withinBlockLimit(blocks),
  };
}

function previousBlocks(previous: Previous): Block[] {
  const rows = previous.question.options.map((opt, i) => {
    const n = previous.counts[i] ?? 0;
    const pct = previous.total ? Math.round((100 * n) / previous.total) : 0;
    const mark = i === previous.question.correct ? ' ✅' : '';
    return `*${letter(i)}.* ${esc(clip(opt, 80))}: ${n} (${pct}%)${mark}`;
  });
  return [
    context(`*Yesterday:* ${esc(clip(previous.question.scenario, 200))}`),
    context(`${rows.join('\n')}\n${plural(previous.total, 'answer')}`),
  ];
}

export function gradedMessage(graded: Graded): Message {
  const q = graded.question;
  const right = `*${letter(q.correct)}.* ${esc(q.options[q.correct] ?? '')}`;
  const verdict = graded.correct
    ? `✅ *Correct:* ${right}`
    : `❌ *Not quite.* You chose ${letter(graded.choice)}; the answer is ${right}`;
  const blocks: Block[] = [];
  if (!graded.first) blocks.push(context(FIRST_ANSWER_COUNTS));
  const whyNot = whyNotText(q, graded.choice);
  blocks.push(
    section(verdict),
    ...(whyNot ? [section(esc(whyNot))] : []),
    section(esc(q.explanation)),
    context(`Source: ${esc(graded.source.title)}, ${esc(graded.source.section)}`),
    context(
      graded.streak
        ? `🔥 ${streakText(graded.streak)}`
        : 'Answer correctly tomorrow to start a streak.',
    ),
  );
  return { text: graded.correct ? 'Correct' : 'Not quite', blocks };
}

export function statsBlocks(stats: QuizStats): Block[] {
  const blocks: Block[] = [section(esc(statsText(stats, `${COMMAND} `)))];
  if (!stats.answered) return blocks;
  const areas = stats.byArea.map((a) => `*${esc(a.area)}*\n${a.correct}/${a.answered}`);
  for (let i = 0; i < areas.length && i < 40; i += 10) blocks.push(fields(areas.slice(i, i + 10)));
  return blocks;
}

export function statsMessage(stats: QuizStats): Message {
  return {
    text: esc(statsText(stats, `${COMMAND} `)),
    blocks: withinBlockLimit([header('Your quiz stats'), ...statsBlocks(stats)]),
  };
}

export function leaderboardMessage(leaderboard: {
  optedIn: boolean | null;
  rows: { userId: string; correct: number; answered: number }[];
}): Message {
  // Slack renders the mentions itself: no look-up per row, but the message size is capped.
  const board = leaderboardPage(leaderboard.rows, 1);
  const rows = board.rows.map((row) => leaderboardRow(row.rank, mention(row.userId), row));
  return {
    text: 'Quiz leaderboard',
    blocks: [
      header('Leaderboard'),
      section(rows.length ? rows.join('\n') : NOBODY_ON_LEADERBOARD),
      context(esc(leaderboardNote(leaderboard.optedIn, `${COMMAND} `))),
    ],
  };
}
