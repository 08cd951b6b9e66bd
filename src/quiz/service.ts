// The quiz as the surfaces use it: deal a question, grade a click (first answer counts),
// stats, streaks, the opt-in leaderboard, subscriptions. Store + pure quiz logic; no platform.
import { shownSection } from '../core/knowledge/citations.ts';
import { isValidZone, localParts, parseTime } from '../core/local-time.ts';
import { grade, nextQuestion, statsByTopic, streak } from '../core/quiz.ts';
import type { KnowledgeBase, QuizQuestion } from '../core/types.ts';
import { channelKey, type Quiz, type Store, type Subscription } from '../store/store.ts';
import { dailyQuiz } from './daily.ts';

/** The accepted form of a subscription, as the "quiz subscribe" command shows it. */
export const SUBSCRIBE_FORM = {
  syntax: 'quiz subscribe HH:MM Area/City [weekdays]',
  example: 'quiz subscribe 09:00 America/Los_Angeles weekdays',
} as const;

// Callers other than the command get the accepted form too.
const SUBSCRIBE_SYNTAX = `${SUBSCRIBE_FORM.syntax}, e.g. ${SUBSCRIBE_FORM.example}`;

export interface Graded {
  /** False when the person had already answered: `choice` is their first answer. */
  first: boolean;
  choice: number;
  correct: boolean;
  question: QuizQuestion;
  source: { title: string; section: string };
  streak: number;
}

/** A channel's previous daily quiz and how it went, shown under the next day's card. */
export interface PreviousQuiz {
  question: QuizQuestion;
  counts: number[];
  total: number;
}

/** What every surface's quiz card is drawn from, for one person. */
export interface QuizCardState {
  quiz: Quiz;
  question: QuizQuestion;
  /** Answers so far, everyone's. */
  total: number;
  previous: PreviousQuiz | null;
  /** This person's answer (the first counts), or null when they have not answered. */
  mine: { choice: number; correct: boolean } | null;
  /** Where the question comes from, shown after answering. */
  source: { title: string; section: string };
}

export function createQuizService(o: {
  store: Store;
  /** The current knowledge (it may be reloaded while running). */
  kb: () => KnowledgeBase;
  zone: string;
  random: () => number;
}) {
  const { store } = o;
  let indexed: KnowledgeBase | undefined;
  let byIdCache = new Map<string, QuizQuestion>();
  const byId = {
    get(id: string) {
      const kb = o.kb();
      if (kb !== indexed) {
        indexed = kb;
        byIdCache = new Map(kb.quiz.map((q) => [q.id, q]));
      }
      return byIdCache.get(id);
    },
  };
  const today = (now: Date) => localParts(now, o.zone).date;

  function sourceOf(question: QuizQuestion) {
    const src = o.kb().sources.get(question.source.id);
    return { title: src?.title ?? question.source.id, section: shownSection(question.source) };
  }

  async function results(quizId: string): Promise<{ counts: number[]; total: number }> {
    const counts = await store.distribution(quizId);
    return { counts, total: counts.reduce((a, b) => a + b, 0) };
  }

  async function previous(quiz: Quiz): Promise<PreviousQuiz | null> {
    if (quiz.kind !== 'daily' || !quiz.localDate) return null;
    const before = await store.previousDaily(quiz.channelKey, quiz.localDate);
    const question = before && byId.get(before.questionId);
    if (!before || !question) return null;
    const { counts, total } = await results(before.id);
    return total ? { question, counts, total } : null;
  }

  async function streakOf(userId: string, now: Date): Promise<number> {
    const answers = await store.answersFor(userId);
    return streak(
      answers.filter((a) => a.correct && a.localDate).map((a) => a.localDate as string),
      today(now),
    );
  }

  return {
    question: (id: string) => byId.get(id),

    /** A question now, just for this person, from their own deck. */
    async deal(
      platform: string,
      userId: string,
      now: Date,
    ): Promise<{ quiz: Quiz; question: QuizQuestion }> {
      const key = channelKey(platform, `personal:${userId}`);
      const pick = nextQuestion(
        o.kb().quiz,
        await store.deck(key),
        await store.channelResults(key),
        o.random,
      );
      const quiz = await store.createQuiz(
        { channelKey: key, questionId: pick.question.id, localDate: today(now), kind: 'personal' },
        now,
      );
      await store.markAsked(key, pick.round, pick.question.id);
      return { quiz, question: pick.question };
    },

    /**
     * A channel's daily question for today's local date, created on first request. Its id is
     * the one the scheduler uses, so reloads, other instances and a scheduled post share it;
     * when two create it at once, the loser reads the winner's.
     */
    async daily(
      platform: string,
      channel: string,
      now: Date,
    ): Promise<{ quiz: Quiz; question: QuizQuestion }> {
      return dailyQuiz(
        store,
        o.kb().quiz,
        o.random,
        channelKey(platform, channel),
        today(now),
        now,
      );
    },

    /** Grade a click. The first answer counts; a second one gets the first back. */
    async answer(
      quizId: string,
      userId: string,
      choice: number,
      now: Date,
    ): Promise<Graded | null> {
      const quiz = await store.quiz(quizId);
      const question = quiz && byId.get(quiz.questionId);
      if (!quiz || !question || !Number.isInteger(choice)) return null;
      if (choice < 0 || choice >= question.options.length) return null;
      const r = await store.answer({
        quizId,
        userId,
        choice,
        correct: grade(question, choice),
        localDate: quiz.localDate ?? today(now),
        answeredAt: now.toISOString(),
      });
      return {
        first: r.recorded,
        choice: r.answer.choice,
        correct: r.answer.correct,
        question,
        source: sourceOf(question),
        streak: await streakOf(userId, now),
      };
    },

    async stats(userId: string, now: Date) {
      const answers = await store.answersFor(userId);
      const areas = new Map<string, { area: string; answered: number; correct: number }>();
      for (const a of answers) {
        const area = byId.get(a.questionId)?.area;
        if (!area) continue;
        const s = areas.get(area) ?? { area, answered: 0, correct: 0 };
        s.answered++;
        if (a.correct) s.correct++;
        areas.set(area, s);
      }
      return {
        answered: answers.length,
        correct: answers.filter((a) => a.correct).length,
        streak: await streakOf(userId, now),
        byTopic: statsByTopic(o.kb().quiz, answers),
        byArea: [...areas.values()].sort((a, b) => a.area.localeCompare(b.area)),
      };
    },

    /** Correct answers in this channel's quizzes, for the people who opted in. */
    async leaderboard(platform: string, channel: string) {
      const key = channelKey(platform, channel);
      const users = await store.leaderboardUsers(key);
      const rows = await Promise.all(
        users.map(async (userId) => {
          const answers = (await store.answersFor(userId)).filter((a) =>
            a.quizId.startsWith(`daily:${key}:`),
          );
          return {
            userId,
            correct: answers.filter((a) => a.correct).length,
            answered: answers.length,
          };
        }),
      );
      return rows.sort((a, b) => b.correct - a.correct || a.userId.localeCompare(b.userId));
    },

    /** How many chose each option so far (for the "N answers" line on a posted card). */
    results,

    /** The channel's previous daily quiz and how it went, shown under the next day's card. */
    previous,

    /** A quiz card as `userId` sees it (null when the quiz or its question is gone). Without a
     * person, `mine` is null: the card everyone sees. */
    async cardState(quizId: string, userId: string | null): Promise<QuizCardState | null> {
      const quiz = await store.quiz(quizId);
      const question = quiz && byId.get(quiz.questionId);
      if (!quiz || !question) return null;
      const mine = userId === null ? null : await store.answerOf(quizId, userId);
      return {
        quiz,
        question,
        total: (await results(quizId)).total,
        previous: await previous(quiz),
        mine: mine && { choice: mine.choice, correct: mine.correct },
        source: sourceOf(question),
      };
    },

    /** Validate and save a subscription; throws with the accepted format when it is wrong. */
    async subscribe(s: Omit<Subscription, 'paused'>, now: Date) {
      if (parseTime(s.time) === null)
        throw new Error(
          `"${s.time}" is not a time. Use 24-hour HH:MM. Syntax: ${SUBSCRIBE_SYNTAX}`,
        );
      if (!isValidZone(s.zone))
        throw new Error(
          `"${s.zone}" is not a time zone. Use an IANA name like America/Los_Angeles. Syntax: ${SUBSCRIBE_SYNTAX}`,
        );
      await store.subscribe({ ...s, paused: false }, now);
    },
  };
}

export type QuizService = ReturnType<typeof createQuizService>;
