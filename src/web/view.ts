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
import { layoutTopic, type NumberedStep } from '../core/answer-first.ts';
import {
  COMMAND_NAME,
  coversText,
  HELPFUL,
  NO_ANSWER,
  NO_MATCH,
  NOT_HELPFUL,
  NOT_SURE,
  PRIVACY_WARNING,
  supervisorText,
  WHICH_FITS,
} from '../core/copy.ts';
import type { Guidance, TopicGuidance, TopicRef } from '../core/guidance.ts';
import { fallbackOutline, guidanceOutline, type Section, topicOutline } from '../core/outline.ts';
import { type CrisisProtocol, POSSIBLE_DANGER } from '../core/safety/protocol.ts';
import type { QuizQuestion } from '../core/types.ts';
import type { Graded } from '../quiz/service.ts';
import type { Quiz } from '../store/store.ts';

/** The console's command prefix, as in Slack. */
export const PREFIX = COMMAND_NAME;

/** The commands the page offers as links. */
const COMMANDS = { topics: `${PREFIX} topics`, quiz: `${PREFIX} quiz` };
/** The words of the page's own buttons under a topic. */
const BUTTONS = { helpful: HELPFUL, notHelpful: NOT_HELPFUL };

/** A topic's first screen, and `more`: what the page keeps behind a disclosure. */
export interface TopicView {
  id: string;
  title: string;
  /** The direct answer: the nuance that fits the question, else the principle. */
  answer: string;
  /** True when the answer is the topic's principle (not a nuance). */
  answerIsPrinciple: boolean;
  steps: NumberedStep[];
  reflection: string;
  /** The topic's outline, with its words: what the page lays out. */
  sections: Section[];
  more: {
    principle: string | null;
    steps: NumberedStep[];
    nuance: { when: string; then: string }[];
    agencyPolicy: string | null;
    sources: { title: string; section: string }[];
    related: TopicRef[];
  };
}

export interface GuidanceView {
  kind: 'guidance';
  /** The reply's outline, with its words (core/outline.ts): what the page lays out, in order.
   * The fields below say the same for callers that read one part. */
  sections: Section[];
  /** The commands the page offers as links. */
  commands: { topics: string; quiz: string };
  buttons: { helpful: string; notHelpful: string };
  crisis: {
    title: string;
    steps: string[];
    contacts: { label: string; value: string }[];
  } | null;
  /** The possible-danger line, shown on top of the answer when danger is possible. */
  possible: string | null;
  privacy: string | null;
  topic: TopicView | null;
  /** Shown when no topic matched (or for help): a short line before the examples. */
  notice: string | null;
  /** When the bot is unsure: the top topics as buttons under `label` ("Which fits best?"). */
  choices: { label: string; topics: TopicRef[] } | null;
  /** An honest miss: no answer, one line on what the bot covers, how to reach a person. */
  miss: { lines: string[]; supervisor: string; topicsCommand: string } | null;
  help: { examples: string[]; topicCount: number; topicsCommand: string } | null;
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
  | { kind: 'usage'; problem: string; syntax: string; example: string };

export function topicView(t: TopicGuidance): TopicView {
  const { first, more } = layoutTopic(t);
  return {
    id: t.id,
    title: first.title,
    answer: first.answer,
    answerIsPrinciple: first.nuance === null,
    steps: first.steps,
    reflection: first.reflection,
    sections: topicOutline(t),
    more: {
      principle: more.principle,
      steps: more.steps,
      nuance: more.nuance,
      agencyPolicy: more.agencyPolicy,
      sources: more.sources.map((s) => ({ title: s.title, section: s.section })),
      related: more.related,
    },
  };
}

export function guidanceView(g: Guidance): GuidanceView {
  const noMatch = g.kind === 'no-match';
  return {
    kind: 'guidance',
    sections: guidanceOutline(g),
    commands: COMMANDS,
    buttons: BUTTONS,
    // The protocol is its own field so the page can draw it first, whatever else there is.
    crisis: g.crisis
      ? { title: g.crisis.title, steps: g.crisis.steps, contacts: g.crisis.contacts }
      : null,
    possible: g.safety === 'possible' ? POSSIBLE_DANGER : null,
    privacy: g.phi ? PRIVACY_WARNING : null,
    topic: g.topic ? topicView(g.topic) : null,
    notice: noMatch && !g.miss ? (g.choices.length ? NOT_SURE : NO_MATCH) : null,
    choices: g.choices.length ? { label: WHICH_FITS, topics: g.choices } : null,
    miss: g.miss
      ? {
          lines: [NO_ANSWER, coversText(g.miss)],
          supervisor: supervisorText(g.miss.supervisor),
          topicsCommand: COMMANDS.topics,
        }
      : null,
    help:
      g.help && !g.topic && !g.miss
        ? {
            examples: g.help.examples,
            topicCount: g.help.topicCount,
            topicsCommand: COMMANDS.topics,
          }
        : null,
  };
}

/** The reply when answering failed: the crisis essentials (see fallbackProtocol). */
export function fallbackView(p: CrisisProtocol): GuidanceView {
  return {
    kind: 'guidance',
    sections: fallbackOutline(p),
    commands: COMMANDS,
    buttons: BUTTONS,
    crisis: { title: p.title, steps: p.steps, contacts: p.contacts },
    possible: null,
    privacy: null,
    topic: null,
    notice: null,
    choices: null,
    miss: null,
    help: null,
  };
}

/** A topic picked from a button: the guidance alone. */
export function topicOnlyView(t: TopicGuidance): GuidanceView {
  return {
    kind: 'guidance',
    sections: topicOutline(t),
    commands: COMMANDS,
    buttons: BUTTONS,
    crisis: null,
    possible: null,
    privacy: null,
    topic: topicView(t),
    notice: null,
    choices: null,
    miss: null,
    help: null,
  };
}

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

export function gradedView(g: Graded, topicTitle: string): GradedView {
  return {
    first: g.first,
    choice: g.choice,
    correct: g.correct,
    correctChoice: g.question.correct,
    whyNot: whyNotText(g.question, g.choice),
    explanation: g.question.explanation,
    topicLine: quizTopicText(topicTitle),
    source: g.source,
    streak: g.streak,
  };
}

/** A command's result as the page shows it (quiz results are built by the caller). */
export function resultView(r: Exclude<CommandResult, { kind: 'quiz' }>, userId: string): View {
  switch (r.kind) {
    case 'guidance':
    case 'help':
      return guidanceView(r.guidance);
    case 'topics':
      return { kind: 'topics', topics: r.topics };
    case 'sources':
      return {
        kind: 'notice',
        title: SOURCES_HEADING,
        lines: [...r.sources.map(sourceLine), SOURCES_NOTE],
      };
    // "Ask a supervisor" and "requests": plain lines until the console's own view lands.
    case 'supervisor-preview':
    case 'supervisor-unavailable':
    case 'requests':
    case 'not-supervisor':
      return {
        kind: 'notice',
        title: SUPERVISOR.askButton,
        lines: supervisorResultText(r).split('\n'),
      };
    case 'usage':
      return {
        kind: 'usage',
        problem: r.problem,
        syntax: `${PREFIX} ${r.syntax}`,
        example: `${PREFIX} ${r.example}`,
      };
    case 'subscribed':
      return {
        kind: 'notice',
        title: 'Daily quiz on',
        lines: [
          `This channel gets a quiz question at ${r.time} (${r.zone}) ${r.weekdaysOnly ? 'on weekdays' : 'every day'}.`,
          `Stop it with "${PREFIX} quiz unsubscribe".`,
        ],
      };
    case 'unsubscribed':
      return {
        kind: 'notice',
        title: r.existed ? 'Daily quiz off' : 'No daily quiz here',
        lines: [
          r.existed
            ? 'This channel will get no more scheduled quiz questions.'
            : 'This channel had no daily quiz to stop.',
        ],
      };
    case 'stats': {
      const s = r.stats;
      return {
        kind: 'notice',
        title: 'Your quiz stats',
        lines: [
          statsText(s, `${PREFIX} `),
          ...s.byArea.map((a) => `${a.area}: ${a.correct} of ${a.answered}`),
        ],
      };
    }
    case 'leaderboard': {
      // People are never named: the reader sees "you" and numbered colleagues.
      const lines = r.rows.map((row, i) =>
        leaderboardRow(i + 1, row.userId === userId ? 'You' : `Colleague ${i + 1}`, row),
      );
      return {
        kind: 'notice',
        title: 'Leaderboard (daily quiz, people who opted in)',
        lines: [
          leaderboardNote(r.optedIn, `${PREFIX} `),
          ...(lines.length ? lines : [NOBODY_ON_LEADERBOARD]),
        ],
      };
    }
  }
}
