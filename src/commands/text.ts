// The words of command results, written once for every surface: plain text, no markup. The
// surfaces wrap them in their own (Block Kit, Adaptive Card). `prefix` is how a command is
// typed there: "/boundary " in Slack, "@boundary-bot " in a Teams channel, "" in a 1:1 chat.
import { NOT_A_RULEBOOK } from '../core/copy.ts';
import type { RequestCard } from '../core/supervisor/outline.ts';
import { cardText, previewText } from '../core/supervisor/render-text.ts';
import type { PreviewResult } from '../supervisor/service.ts';
import type { QuizStats } from './run.ts';

// The words of guidance and help live in core (its renderers need them); one import point here.
export * from '../core/copy.ts';

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** A quiz option's letter: A, B, C… */
export const letter = (i: number): string => LETTERS[i] ?? String(i + 1);

export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function statsText(s: QuizStats, prefix: string): string {
  if (!s.answered) return `You haven't answered any quiz questions yet. Try "${prefix}quiz".`;
  const pct = Math.round((100 * s.correct) / s.answered);
  return `${s.correct} of ${s.answered} correct (${pct}%) · streak: ${plural(s.streak, 'day')}`;
}

export const streakText = (days: number) => `Streak: ${plural(days, 'day')}`;

/** A command other than a question failed (a failed question gets the fallback protocol). */
export const COMMAND_FAILED =
  'Sorry, something went wrong on my side. Please try again in a minute.';

/** A click on a button the app no longer has (an old message, a retired kind of button). */
export const BUTTON_GONE = 'This button is no longer available. Please ask your question again.';

export const FIRST_ANSWER_COUNTS = 'You already answered this one: your first answer counts.';

/**
 * After an answer: why the option the person picked is not the best one (null when they
 * picked the answer, whose reason is the explanation).
 */
export function whyNotText(q: { correct: number; why: (string | null)[] }, choice: number) {
  const why = choice === q.correct ? null : q.why[choice];
  return why ? `Why not ${letter(choice)}: ${why}` : null;
}

/** The topic a question comes from, shown only after answering (before, it gives a hint). */
export const quizTopicText = (title: string) => `Topic: ${title}`;

export const answersSoFar = (total: number) => `${plural(total, 'answer')} so far`;

export function leaderboardNote(optedIn: boolean | null, prefix: string): string {
  if (optedIn === true)
    return `You joined this channel's leaderboard. Leave with "${prefix}quiz leaderboard off".`;
  if (optedIn === false) return "You left this channel's leaderboard.";
  return `Only people who opted in are listed. Join with "${prefix}quiz leaderboard on".`;
}

export const NOBODY_ON_LEADERBOARD = 'Nobody on the leaderboard yet.';

/** One leaderboard line; `name` is already made safe for the surface. */
export function leaderboardRow(
  rank: number,
  name: string,
  row: { correct: number; answered: number },
): string {
  return `${rank}. ${name}: ${row.correct} correct of ${row.answered}`;
}

export function subscribedText(r: { time: string; zone: string; weekdaysOnly: boolean }): string {
  const days = r.weekdaysOnly ? 'Monday to Friday' : 'every day';
  return `I'll post a quiz question here at ${r.time} ${r.zone}, ${days}. Answers are private to each person.`;
}

export function unsubscribedText(existed: boolean): string {
  return existed
    ? 'Done: no more daily quiz questions here.'
    : 'There was no daily quiz here. Nothing to stop.';
}

/** The "sources" reply: its heading, a line per document and what the documents are not. */
export const SOURCES_HEADING = 'The standards behind the guidance';

export function sourceLine(s: { title: string; publisher: string | null; topics: number }) {
  const by = s.publisher ? ` — ${s.publisher}` : '';
  return `${s.title}${by} (cited by ${plural(s.topics, 'topic')})`;
}

export const SOURCES_NOTE = NOT_A_RULEBOOK;

/** Under a leaderboard longer than one page. */
export const leaderboardPageText = (page: number, pages: number, total: number) =>
  `Page ${page} of ${pages} · ${total} ${total === 1 ? 'person' : 'people'} on the leaderboard`;

export const NEXT_PAGE = 'Next page';
export const PREVIOUS_PAGE = 'Previous page';

/** After "Helpful" / "Not helpful": Slack's private reply, and Teams' short note to the clicker. */
export const FEEDBACK_THANKS = 'Thanks for the feedback. It helps us improve the guidance.';
export const FEEDBACK_NOTED = 'Thanks, noted.';

/** Teams' note to the person who clicked a topic button: the topic follows as a message. */
export const topicSentText = (title: string) => `Sent: ${title}`;

/** A quiz whose question was taken out of the knowledge since it was posted. */
export const QUIZ_QUESTION_GONE = 'That question is no longer in the quiz.';

/** The hello after the app is added to a conversation (Teams). */
export function welcomeText(prefix: string): string {
  return `Thanks for adding me. Ask me about a boundary or ethics situation at work: ${prefix}a client offered me a gift card. Type ${prefix}help for everything I do, or start a daily quiz here: ${prefix}quiz subscribe 09:00 America/Los_Angeles.`;
}

/** The "Ask a supervisor" and "requests" results as plain text (terminal, fallbacks). */
export function supervisorResultText(
  r:
    | PreviewResult
    | { kind: 'requests'; cards: RequestCard[]; empty: string }
    | { kind: 'not-supervisor'; text: string },
): string {
  switch (r.kind) {
    case 'supervisor-preview':
      return previewText(r.preview, r.problem);
    case 'supervisor-unavailable':
    case 'not-supervisor':
      return r.text;
    case 'requests':
      return r.cards.length ? r.cards.map((c) => cardText(c)).join('\n\n') : r.empty;
  }
}

/** `requests` typed in a Teams channel other than the supervisors' (a list there is public). */
export const REQUESTS_IN_PRIVATE =
  "Requests are listed only in your chat with me or in the supervisors' channel.";

/** "privately <question>" in a Teams channel, when Teams could not show the answer there to
 * the asker alone: where it went instead. */
export const ANSWERED_IN_CHAT = 'I sent my answer to our personal chat, where only you can see it.';

/** The title of the private window that shows guidance on a message (Teams' message action). */
export const GUIDANCE_WINDOW_TITLE = 'Boundary guidance';
