// The personal exam coach as the surfaces use it: a person's daily plan, their spaced-
// repetition schedule, readiness, practice tests and erasure. Store + pure coach logic
// (core/coach); no platform. Every answer a person gives (the daily personal question, a
// practice test, and the team's channel card once they have personal data) moves their items.
import { randomUUID } from 'node:crypto';
import { answerFeedback, dailyCard } from '../core/coach/feedback.ts';
import type { CoachView, ReadinessOutline } from '../core/coach/outline.ts';
import * as practice from '../core/coach/practice.ts';
import { readinessOutline } from '../core/coach/readiness.ts';
import { daysBetween, nextItem, review } from '../core/coach/schedule.ts';
import { localDate, pauseUntil } from '../core/coach/timing.ts';
import { COACH, pausedPlanText, pausedText, planSavedText, planText } from '../core/copy.ts';
import { shownSection } from '../core/knowledge/citations.ts';
import type { KnowledgeBase, QuizQuestion } from '../core/types.ts';
import {
  coachChannel,
  deliveryKey,
  personKey,
  type Store,
  type StoredPlan,
} from '../store/store.ts';

/** Whom the coach serves: a person on one platform (the console's person is its cookie id). */
export interface Person {
  platform: string;
  userId: string;
}

/** "quiz me daily 07:30 America/Los_Angeles weekdays". */
export interface PlanRequest {
  time: string;
  zone: string;
  weekdaysOnly: boolean;
  /** Platform data to reach the person privately later (Teams), when typed in a personal chat. */
  reference: string | null;
}

export function createCoachService(o: {
  store: Store;
  kb: () => KnowledgeBase;
  random: () => number;
  /** The zone of a person's dates before they chose one (QUIZ_TIMEZONE). */
  zone?: string;
}) {
  const { store } = o;
  const keyOf = (p: Person) => personKey(p.platform, p.userId);
  const topicTitle = (id: string) => o.kb().topicsById.get(id)?.title ?? id;
  const questionsById = () => new Map(o.kb().quiz.map((q) => [q.id, q]));
  const sourceOf = (q: QuizQuestion) => ({
    title: o.kb().sources.get(q.source.id)?.title ?? q.source.id,
    section: shownSection(q.source),
  });
  const zoneOf = (plan: StoredPlan | null) => plan?.zone ?? o.zone ?? 'UTC';
  const notice = (text: string): CoachView => ({ kind: 'notice', text });

  function planSentence(plan: StoredPlan | null): string {
    if (!plan?.active) return COACH.notStarted;
    if (plan.pausedUntil) return pausedPlanText(plan.pausedUntil, plan.time, plan.zone);
    return planText(plan.time, plan.zone, plan.weekdaysOnly);
  }

  /** Move the item after an answer on the person's local `today`; returns days until it is due. */
  async function record(person: string, q: QuizQuestion, correct: boolean, today: string) {
    const next = review(await store.itemState(person, q.id), q.id, correct, today);
    await store.saveItemState(person, next);
    return daysBetween(today, next.due);
  }

  function feedbackOf(q: QuizQuestion, choice: number, repeat: boolean, backInDays: number | null) {
    return answerFeedback(q, choice, {
      repeat,
      backInDays,
      source: sourceOf(q),
      topicTitle: topicTitle(q.topic),
    });
  }

  async function loadPractice(
    p: Person,
    sessionId: string,
  ): Promise<{ ok: true; session: practice.PracticeSession } | { ok: false; view: CoachView }> {
    const found = await store.practice(sessionId);
    if (!found) return { ok: false, view: notice(COACH.practiceGone) };
    if (found.person !== keyOf(p)) return { ok: false, view: notice(COACH.notYours) };
    return { ok: true, session: found.session };
  }

  function practiceView(s: practice.PracticeSession, now: Date): CoachView {
    const at = practice.current(s, now);
    const q = at === null ? undefined : questionsById().get(s.questionIds[at] as string);
    if (at !== null && q) return { kind: 'question', card: practice.practiceCard(s, at, q, now) };
    return {
      kind: 'summary',
      summary: practice.practiceSummary(practice.end(s, now), questionsById(), topicTitle),
    };
  }

  return {
    async setPlan(p: Person, plan: PlanRequest, now: Date): Promise<CoachView> {
      await store.savePlan({ ...p, ...plan }, now);
      return notice(planSavedText(plan.time, plan.zone, plan.weekdaysOnly));
    },

    async pause(p: Person, days: number, now: Date): Promise<CoachView> {
      const plan = await store.plan(keyOf(p));
      if (!plan?.active) return notice(COACH.notStarted);
      const until = pauseUntil(now, plan.zone, days);
      await store.updatePlan(keyOf(p), { pausedUntil: until }, now);
      return notice(pausedText(until));
    },

    async stop(p: Person, now: Date): Promise<CoachView> {
      const plan = await store.plan(keyOf(p));
      if (!plan?.active) return notice(COACH.notStarted);
      await store.updatePlan(keyOf(p), { active: false }, now);
      return notice(COACH.stopped);
    },

    /** The readiness view (the App Home shows this for the person opening it). */
    async readiness(p: Person, now: Date): Promise<ReadinessOutline> {
      const person = keyOf(p);
      const plan = await store.plan(person);
      return readinessOutline({
        questions: o.kb().quiz,
        states: await store.itemStates(person),
        activeDays: await store.activeDays(person),
        today: localDate(now, zoneOf(plan)),
        plan: planSentence(plan),
        topicTitle,
      });
    },

    /**
     * Today's question for a person's daily delivery (the dispatcher calls this after claiming
     * the day): chosen once per local date and kept, so a retry delivers the same one.
     */
    async dailyItem(plan: StoredPlan, day: string, now: Date) {
      const id = `coach:${plan.person}:${day}`;
      let quiz = await store.quiz(id);
      if (!quiz) {
        const q = nextItem(
          o.kb().quiz,
          await store.itemStates(plan.person),
          day,
          plan.delivered,
          o.random,
        );
        if (!q) return null;
        try {
          quiz = await store.createQuiz(
            {
              id,
              channelKey: coachChannel(plan.platform, plan.userId),
              questionId: q.id,
              localDate: day,
              kind: 'personal',
            },
            now,
          );
        } catch (error) {
          quiz = await store.quiz(id); // another instance chose it first
          if (!quiz) throw error;
        }
      }
      const question = questionsById().get(quiz.questionId);
      return question ? { itemId: id, question, card: dailyCard(id, question) } : null;
    },

    /** Today's daily question as the person sees it now (the question, or the feedback once
     * answered), or null when none was delivered today. For the web console and the terminal. */
    async todaysView(p: Person, now: Date): Promise<CoachView | null> {
      const person = keyOf(p);
      const plan = await store.plan(person);
      if (!plan) return null;
      const day = localDate(now, plan.zone);
      const posted = await store.post(deliveryKey(person), day);
      if (posted?.status !== 'posted' || !posted.quizId) return null;
      const quiz = await store.quiz(posted.quizId);
      const q = quiz && questionsById().get(quiz.questionId);
      if (!quiz || !q) return null;
      const mine = await store.answerOf(quiz.id, p.userId);
      if (!mine) return { kind: 'question', card: dailyCard(quiz.id, q) };
      const due = (await store.itemState(person, q.id))?.due ?? day;
      return {
        kind: 'feedback',
        feedback: feedbackOf(q, mine.choice, false, daysBetween(day, due)),
        next: null,
        summary: null,
      };
    },

    async answerDaily(p: Person, itemId: string, choice: number, now: Date): Promise<CoachView> {
      const quiz = await store.quiz(itemId);
      const q = quiz && questionsById().get(quiz.questionId);
      if (!quiz || !q) return notice(COACH.itemGone);
      if (quiz.channelKey !== coachChannel(p.platform, p.userId)) return notice(COACH.notYours);
      if (!Number.isInteger(choice) || choice < 0 || choice >= q.options.length)
        return notice(COACH.itemGone);
      const person = keyOf(p);
      const today = localDate(now, zoneOf(await store.plan(person)));
      const r = await store.answer({
        quizId: itemId,
        userId: p.userId,
        choice,
        correct: choice === q.correct,
        localDate: quiz.localDate ?? today,
        answeredAt: now.toISOString(),
      });
      const back = r.recorded
        ? await record(person, q, r.answer.correct, today)
        : daysBetween(today, (await store.itemState(person, q.id))?.due ?? today);
      return {
        kind: 'feedback',
        feedback: feedbackOf(q, r.answer.choice, !r.recorded, back),
        next: null,
        summary: null,
      };
    },

    async startPractice(p: Person, count: number, now: Date): Promise<CoachView> {
      const ids = practice.drawPractice(o.kb().quiz, count, o.random);
      if (!ids.length) return notice(COACH.noQuestions);
      const s = practice.startPractice(randomUUID(), ids, now);
      await store.savePractice(keyOf(p), s);
      return practiceView(s, now);
    },

    async answerPractice(
      p: Person,
      sessionId: string,
      index: number,
      choice: number,
      now: Date,
    ): Promise<CoachView> {
      const loaded = await loadPractice(p, sessionId);
      if (!loaded.ok) return loaded.view;
      const before = loaded.session;
      const q = questionsById().get(before.questionIds[index] ?? '');
      if (!q) return practiceView(before, now);
      const step = practice.answer(before, index, choice, q.options.length, now);
      if (step.kind === 'invalid') return practiceView(before, now);
      if (step.kind === 'over') {
        await store.updatePractice(step.session, before);
        return practiceView(step.session, now);
      }
      let s = before;
      let repeat = step.kind === 'repeat';
      let chosen = step.kind === 'repeat' ? step.choice : choice;
      if (step.kind === 'answered') {
        if (await store.updatePractice(step.session, before)) {
          s = step.session;
          const plan = await store.plan(keyOf(p));
          await record(keyOf(p), q, choice === q.correct, localDate(now, zoneOf(plan)));
        } else {
          // Another click on the same question was stored first: it counts.
          const again = await loadPractice(p, sessionId);
          if (!again.ok) return again.view;
          s = again.session;
          repeat = true;
          chosen = s.answers[index] ?? choice;
        }
      }
      const next = practiceView(s, now);
      return {
        kind: 'feedback',
        feedback: feedbackOf(q, chosen, repeat, null),
        next: next.kind === 'question' ? next.card : null,
        summary: next.kind === 'summary' ? next.summary : null,
      };
    },

    async endPractice(p: Person, sessionId: string, now: Date): Promise<CoachView> {
      const loaded = await loadPractice(p, sessionId);
      if (!loaded.ok) return loaded.view;
      const ended = practice.end(loaded.session, now);
      if (ended !== loaded.session) await store.updatePractice(ended, loaded.session);
      return {
        kind: 'summary',
        summary: practice.practiceSummary(ended, questionsById(), topicTitle),
      };
    },

    /**
     * An answer on the team's channel card counts toward the person's own schedule, but only
     * for people who chose personal practice (a plan, or items from a practice test): nothing
     * personal is started for anyone who did not ask.
     */
    async recordChannelAnswer(p: Person, questionId: string, correct: boolean, now: Date) {
      const person = keyOf(p);
      const plan = await store.plan(person);
      if (!plan && !(await store.itemStates(person)).length) return false;
      const q = questionsById().get(questionId);
      if (!q) return false;
      await record(person, q, correct, localDate(now, zoneOf(plan)));
      return true;
    },

    forgetConfirm(): CoachView {
      return {
        kind: 'forget-confirm',
        text: COACH.forgetAsk,
        confirm: COACH.forgetYes,
        cancel: COACH.forgetNo,
      };
    },

    async forget(p: Person): Promise<CoachView> {
      await store.forgetPerson(p.platform, p.userId);
      return notice(COACH.forgotten);
    },
  };
}

export type CoachService = ReturnType<typeof createCoachService>;
