// What the console page shows, as plain JSON: the shared command results turned into the
// cards the browser draws. Never carries what the person typed.
import type { CommandResult } from '../commands/run.ts';
import {
  leaderboardNote,
  leaderboardRow,
  NOBODY_ON_LEADERBOARD,
  quizTopicText,
  SOURCES_HEADING,
  SOURCES_NOTE,
  SUPERVISOR,
  sourceLine,
  statsText,
  supervisorResultText,
  whyNotText,
} from '../commands/text.ts';
import type { CoachView } from '../core/coach/outline.ts';
import { coachText } from '../core/coach/render-text.ts';
import { COMMAND_NAME, HELPFUL, NOT_HELPFUL } from '../core/copy.ts';
import type { Guidance, TopicGuidance, TopicRef } from '../core/guidance.ts';
import { fallbackOutline, guidanceOutline, type Section, topicOutline } from '../core/outline.ts';
import type { CrisisProtocol } from '../core/safety/protocol.ts';
import type { EscalationOffer } from '../core/supervisor/offer.ts';
import type { QuizQuestion } from '../core/types.ts';
import type { Graded } from '../quiz/service.ts';
import type { Quiz } from '../store/store.ts';
import { previewView, type SupervisorPreviewView } from './requests-view.ts';

/** The console's command prefix, as in Slack. */
export const PREFIX = COMMAND_NAME;

/** The commands the page offers as links. */
const COMMANDS = { topics: `${PREFIX} topics`, quiz: `${PREFIX} quiz` };
/** The words of the page's own buttons under a topic. */
const BUTTONS = { helpful: HELPFUL, notHelpful: NOT_HELPFUL };

/** A guidance reply: its outline, which the page lays out in order, and the few words the page
 * needs for its own links and buttons. */
export interface GuidanceView {
  kind: 'guidance';
  /** The reply's outline, with its words (core/outline.ts). */
  sections: Section[];
  /** The commands the page offers as links. */
  commands: { topics: string; quiz: string };
  /** The words of the page's own buttons under a topic. */
  buttons: { helpful: string; notHelpful: string };
}

export interface QuizView {
  id: string;
  /** "daily" is the channel's card; "personal" is a question dealt just for this person. */
  kind: 'daily' | 'personal';
  date: string | null;
  area: string;
  scenario: string;
  options: string[];
  answers: number;
}

export interface GradedView {
  first: boolean;
  choice: number;
  correct: boolean;
  correctChoice: number;
  /** Why the option picked is not the best one; null when it is. */
  whyNot: string | null;
  explanation: string;
  /** The question's topic, given only after answering so it is no hint. */
  topicLine: string;
  source: { title: string; section: string };
  streak: number;
}

export type View =
  | GuidanceView
  | { kind: 'topics'; topics: TopicRef[] }
  | { kind: 'quiz'; quiz: QuizView }
  | { kind: 'notice'; title: string; lines: string[] }
  | { kind: 'usage'; problem: string; syntax: string; example: string }
  | SupervisorPreviewView
  /** The personal exam coach's views (core/coach/outline.ts), drawn by the page. */
  | { kind: 'coach'; view: CoachView; text: string };

function outlineView(sections: Section[]): GuidanceView {
  return { kind: 'guidance', sections, commands: COMMANDS, buttons: BUTTONS };
}

/** `offer`: "Ask a supervisor" on the part of the reply it belongs to (guidanceOutline). */
export const guidanceView = (guidance: Guidance, offer?: EscalationOffer | null): GuidanceView =>
  outlineView(guidanceOutline(guidance, offer));

/** The reply when answering failed: the crisis essentials (see fallbackProtocol). */
export const fallbackView = (protocol: CrisisProtocol): GuidanceView =>
  outlineView(fallbackOutline(protocol));

/** A topic picked from a button: the guidance alone. */
export const topicOnlyView = (topic: TopicGuidance): GuidanceView =>
  outlineView(topicOutline(topic));

export function quizView(quiz: Quiz, question: QuizQuestion, answers: number): QuizView {
  return {
    id: quiz.id,
    kind: quiz.kind,
    date: quiz.localDate,
    area: question.area,
    scenario: question.scenario,
    options: question.options,
    answers,
  };
}

export function gradedView(graded: Graded, topicTitle: string): GradedView {
  return {
    first: graded.first,
    choice: graded.choice,
    correct: graded.correct,
    correctChoice: graded.question.correct,
    whyNot: whyNotText(graded.question, graded.choice),
    explanation: graded.question.explanation,
    topicLine: quizTopicText(topicTitle),
    source: graded.source,
    streak: graded.streak,
  };
}

/** A command's result as the page shows it (quiz results are built by the caller). */
export function resultView(result: Exclude<CommandResult, { kind: 'quiz' }>, userId: string): View {
  switch (result.kind) {
    case 'guidance':
      return guidanceView(result.guidance, result.escalate);
    case 'help':
      return guidanceView(result.guidance);
    case 'topics':
      return { kind: 'topics', topics: result.topics };
    case 'sources':
      return {
        kind: 'notice',
        title: SOURCES_HEADING,
        lines: [...result.sources.map(sourceLine), SOURCES_NOTE],
      };
    case 'supervisor-preview':
      return previewView(result);
    // The supervisors' list is the supervisor tab (it needs the key); typed, it says so.
    case 'supervisor-unavailable':
    case 'requests':
    case 'not-supervisor':
      return {
        kind: 'notice',
        title: SUPERVISOR.askButton,
        lines: supervisorResultText(result).split('\n'),
      };
    case 'usage':
      return {
        kind: 'usage',
        problem: result.problem,
        syntax: `${PREFIX} ${result.syntax}`,
        example: `${PREFIX} ${result.example}`,
      };
    case 'subscribed':
      return {
        kind: 'notice',
        title: 'Daily quiz on',
        lines: [
          `This channel gets a quiz question at ${result.time} (${result.zone}) ${result.weekdaysOnly ? 'on weekdays' : 'every day'}.`,
          `Stop it with "${PREFIX} quiz unsubscribe".`,
        ],
      };
    case 'unsubscribed':
      return {
        kind: 'notice',
        title: result.existed ? 'Daily quiz off' : 'No daily quiz here',
        lines: [
          result.existed
            ? 'This channel will get no more scheduled quiz questions.'
            : 'This channel had no daily quiz to stop.',
        ],
      };
    case 'stats': {
      const s = result.stats;
      return {
        kind: 'notice',
        title: 'Your quiz stats',
        lines: [
          statsText(s, `${PREFIX} `),
          ...s.byArea.map((a) => `${a.area}: ${a.correct} of ${a.answered}`),
        ],
      };
    }
    case 'coach':
      return { kind: 'coach', view: result.view, text: coachText(result.view) };
    case 'leaderboard': {
      // People are never named: the reader sees "you" and numbered colleagues.
      const lines = result.rows.map((row, i) =>
        leaderboardRow(i + 1, row.userId === userId ? 'You' : `Colleague ${i + 1}`, row),
      );
      return {
        kind: 'notice',
        title: 'Leaderboard (daily quiz, people who opted in)',
        lines: [
          leaderboardNote(result.optedIn, `${PREFIX} `),
          ...(lines.length ? lines : [NOBODY_ON_LEADERBOARD]),
        ],
      };
    }
  }
}
