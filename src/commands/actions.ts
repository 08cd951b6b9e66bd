// Carry out a button click for a person on a surface and return a platform-neutral result, as
// runCommand does for typed commands. Each surface decodes its payload (Slack action ids and
// values, Teams verbs and data, the console's JSON) into an Action and renders the result. A
// click on something that is gone, or on a kind of button the app no longer has, is "gone":
// one reply everywhere (BUTTON_GONE). No platform imports here.
import type { CoachAction, CoachView } from '../core/coach/outline.ts';
import { COACH, SUPERVISOR } from '../core/copy.ts';
import type { TopicGuidance, TopicRef } from '../core/guidance.ts';
import type { CrisisProtocol } from '../core/safety/protocol.ts';
import { draftOf, type EscalationOffer } from '../core/supervisor/offer.ts';
import type { EscalationSource } from '../core/supervisor/request.ts';
import type { Graded, QuizCardState } from '../quiz/service.ts';
import type { Services } from '../services.ts';
import type { GuidanceResult } from './ask.ts';
import { answerQuiz, leaderboardRows, recordFeedback, showTopic } from './run.ts';
import {
  isSupervisorAction,
  runSupervisorAction,
  type SupervisorActionResult,
} from './supervisor-actions.ts';

export type { SupervisorActionResult } from './supervisor-actions.ts';

export type Action =
  /** A topic picked from the list, a "Related" button or a "Which fits best?" choice. */
  | { kind: 'topic'; topicId: string }
  /** "More": the whole topic, still led by the nuance (index) that answered the question. */
  | { kind: 'more'; topicId: string; fit: number | null }
  /** "Browse topics". */
  | { kind: 'topics' }
  | { kind: 'feedback'; topicId: string; helpful: boolean }
  /** "Share with channel": the guidance, never the question. */
  | { kind: 'share'; topicId: string }
  | { kind: 'quiz-answer'; quizId: string; choice: number }
  /** A quiz card drawn again for one person (Teams refreshes it). */
  | { kind: 'quiz-view'; quizId: string }
  | { kind: 'leaderboard-page'; page: number }
  /** "Ask a supervisor" on a reply (or after "Not helpful"): the preview, nothing stored. */
  | { kind: 'supervisor-preview'; text: string; from: EscalationSource }
  /** Send in the preview: the edited text and the name-or-anonymous choice. */
  | {
      kind: 'supervisor-send';
      draftId: string;
      text: string;
      anonymous: boolean;
      from: EscalationSource;
      /** The preview this came from showed the crisis protocol. */
      crisisShown: boolean;
    }
  | { kind: 'supervisor-cancel' }
  /** Supervisors only (ActionContext.supervisor): the moves on a request's card. */
  | { kind: 'request-claim'; requestId: string }
  /** "Answer" pressed: check first, then the surface opens its form (modal, card form). */
  | { kind: 'request-answer-form'; requestId: string }
  | { kind: 'request-answer'; requestId: string; text: string }
  | { kind: 'request-close'; requestId: string; reason: string }
  | { kind: 'request-delete'; requestId: string }
  /** A curator's draft for the agency overlay from an answered request. */
  | { kind: 'request-draft'; requestId: string; as: 'example' | 'topic'; topicId?: string | null }
  /** The asker's "Helpful" on a delivered answer. */
  | { kind: 'request-helpful'; requestId: string }
  /** A few words typed to find topics (Teams' search message extension); never kept. */
  | { kind: 'search'; text: string }
  /** The personal exam coach's buttons (core/coach/outline.ts): daily and practice answers,
   * ending a test, progress, the erase confirmation. */
  | CoachAction
  /** A question asked in one gesture (a shortcut, a private question box, a suggested
   * question). `from: 'message'`: the text of a message the person picked, perhaps someone
   * else's: matched and dropped, never logged or kept, and never carried by a button. */
  | { kind: 'ask'; text: string; from: 'typed' | 'message' }
  /** A button the app no longer has, or a payload that could not be read. */
  | { kind: 'unknown' };

export type ActionResult =
  | { kind: 'topic'; topic: TopicGuidance; full: boolean }
  | { kind: 'topics'; topics: TopicRef[] }
  | { kind: 'share'; topic: TopicGuidance }
  /** `counted` is false for a click the surface delivered again: thanked, not counted twice.
   * `askSupervisor`: after "Not helpful", when supervisors are configured, offer the button. */
  | {
      kind: 'feedback-recorded';
      topicId: string;
      helpful: boolean;
      counted: boolean;
      askSupervisor?: EscalationOffer | null;
    }
  | SupervisorActionResult
  | { kind: 'graded'; graded: Graded; card: QuizCardState }
  | { kind: 'quiz-card'; card: QuizCardState }
  | { kind: 'leaderboard-page'; page: number; rows: Awaited<ReturnType<typeof leaderboardRows>> }
  /** The topics that match, best first (every topic for no words); the protocol when the words
   * speak of danger, to be shown before any topic. */
  | { kind: 'search'; crisis: CrisisProtocol | null; topics: TopicGuidance[] }
  /** Everything the personal coach shows, for this person only. */
  | { kind: 'coach'; view: CoachView }
  /** `route`: "Ask a supervisor" for a surface that always offers it (a private answer
   * box), when supervisors are configured; `escalate` is the outline's offer when unsure. */
  | (GuidanceResult & { route: EscalationOffer | null })
  | { kind: 'gone'; what: 'topic' | 'quiz' | 'button' };

export interface ActionContext {
  platform: string;
  userId: string;
  /** The person's display name, when the surface has it (kept only if they send with it,
   * and for supervisors who claim or answer). */
  displayName?: string | null;
  /** Platform data to reach this person privately later (Teams conversation reference). */
  reference?: string | null;
  /** Whether this person is one of the agency's supervisors, asked of the surface (Slack and
   * Teams: a member of the supervisors' channel; console: the supervisor key). Absent: no. */
  supervisor?: () => Promise<boolean>;
  /** The conversation the button is in (the leaderboard is per channel). */
  channel: string;
  now: Date;
  /** For surfaces that redeliver a click they timed out on (Teams): whether this one is new.
   * Asked only when the click would be counted. */
  firstDelivery?: () => Promise<boolean>;
}

export async function runAction(
  services: Services,
  action: Action,
  ctx: ActionContext,
): Promise<ActionResult> {
  const result = await run(services, action, ctx);
  // Ids and outcomes only: a click carries nothing a person typed.
  services.logger.info(
    { event: 'action', action: action.kind, result: result.kind, surface: ctx.platform },
    'button clicked',
  );
  return result;
}

async function run(s: Services, action: Action, ctx: ActionContext): Promise<ActionResult> {
  if (isSupervisorAction(action)) return runSupervisorAction(s, action, ctx);
  switch (action.kind) {
    case 'topic':
    case 'share': {
      const topic = showTopic(s, action.topicId);
      if (!topic) return GONE.topic;
      return action.kind === 'share'
        ? { kind: 'share', topic }
        : { kind: 'topic', topic, full: false };
    }
    case 'more':
      return more(s, action.topicId, action.fit);
    case 'topics':
      return { kind: 'topics', topics: s.bot.guide.topics };
    case 'feedback':
      return feedback(s, action, ctx);
    case 'quiz-answer': {
      const done = await answerQuiz(s, action.quizId, ctx.userId, action.choice, ctx.now);
      // The team's card counts toward the person's own schedule (when they have one).
      if (done?.graded.first)
        await s.coach.recordChannelAnswer(
          { platform: ctx.platform, userId: ctx.userId },
          done.graded.question.id,
          done.graded.correct,
          ctx.now,
        );
      const card = done && (await s.quiz.cardState(action.quizId, ctx.userId));
      return card ? { kind: 'graded', graded: done.graded, card } : GONE.quiz;
    }
    case 'quiz-view': {
      const card = await s.quiz.cardState(action.quizId, ctx.userId);
      return card ? { kind: 'quiz-card', card } : GONE.quiz;
    }
    case 'leaderboard-page': {
      const rows = await leaderboardRows(s, ctx.platform, ctx.channel);
      return { kind: 'leaderboard-page', page: action.page, rows };
    }
    case 'search':
      return search(s, action.text);
    case 'coach-answer':
    case 'practice-answer':
    case 'practice-end':
    case 'coach-progress':
    case 'coach-forget':
      return { kind: 'coach', view: await coachAction(s, action, ctx) };
    case 'ask':
      return ask(s, action, ctx);
    case 'unknown':
      return GONE.button;
  }
}

/** Typing in a search box is not asking: matched by the guide itself, so a half-typed word is
 * neither logged nor counted as a question. */
function search(s: Services, text: string): ActionResult {
  const words = text.trim();
  if (!words) {
    const all = s.bot.guide.topics.map((t) => showTopic(s, t.id));
    return { kind: 'search', crisis: null, topics: all.filter((t) => t !== null) };
  }
  const g = s.bot.guide.answer(words);
  const ids = [g.topic?.id, ...g.choices.map((c) => c.id), ...g.alternatives.map((c) => c.id)];
  const topics: TopicGuidance[] = [];
  for (const id of new Set(ids)) {
    // The best match keeps the nuance that fits the words; the others open at their principle.
    const topic = id && id === g.topic?.id ? g.topic : id ? showTopic(s, id) : null;
    if (topic) topics.push(topic);
  }
  return { kind: 'search', crisis: g.crisis, topics };
}

/** The person comes from the surface (who clicked), never from the click's payload. */
async function coachAction(s: Services, a: CoachAction, ctx: ActionContext): Promise<CoachView> {
  const person = { platform: ctx.platform, userId: ctx.userId };
  switch (a.kind) {
    case 'coach-answer':
      return s.coach.answerDaily(person, a.itemId, a.choice, ctx.now);
    case 'practice-answer':
      return s.coach.answerPractice(person, a.sessionId, a.index, a.choice, ctx.now);
    case 'practice-end':
      return s.coach.endPractice(person, a.sessionId, ctx.now);
    case 'coach-progress':
      return { kind: 'readiness', readiness: await s.coach.readiness(person, ctx.now) };
    case 'coach-forget':
      return a.confirm ? s.coach.forget(person) : { kind: 'notice', text: COACH.forgetKept };
  }
}

const GONE = {
  topic: { kind: 'gone', what: 'topic' },
  quiz: { kind: 'gone', what: 'quiz' },
  button: { kind: 'gone', what: 'button' },
} as const satisfies Record<string, ActionResult>;

function more(s: Services, topicId: string, fit: number | null): ActionResult {
  const topic = showTopic(s, topicId);
  if (!topic) return GONE.topic;
  // The index came back from a button: one the topic no longer has leads with no nuance.
  const known = fit !== null && fit >= 0 && fit < topic.nuance.length ? fit : null;
  return { kind: 'topic', topic: { ...topic, fit: known }, full: true };
}

async function feedback(
  s: Services,
  a: { topicId: string; helpful: boolean },
  ctx: ActionContext,
): Promise<ActionResult> {
  if (!showTopic(s, a.topicId)) return GONE.topic;
  const counted = ctx.firstDelivery ? await ctx.firstDelivery() : true;
  if (counted) await recordFeedback(s, a.topicId, a.helpful, ctx.platform, ctx.now);
  const offer = a.helpful ? null : s.supervisors.notHelpfulOffer();
  return {
    kind: 'feedback-recorded',
    topicId: a.topicId,
    helpful: a.helpful,
    counted,
    // Only after "Not helpful", and only when supervisors are configured.
    ...(offer ? { askSupervisor: offer } : {}),
  };
}

function ask(
  s: Services,
  a: { text: string; from: 'typed' | 'message' },
  ctx: ActionContext,
): ActionResult {
  const mine = a.from === 'typed';
  const guidance = s.bot.answer(a.text, ctx.platform, {}, { keep: mine });
  const offer = s.supervisors.offer(a.text, guidance);
  // Someone else's words never ride in a button: the person types their own question.
  const escalate = offer && !mine ? { ...offer, draft: '' } : offer;
  const route =
    escalate ??
    (s.supervisors.configured
      ? {
          from: 'command' as const,
          label: SUPERVISOR.askButton,
          draft: mine ? draftOf(a.text) : '',
        }
      : null);
  return { kind: 'guidance', guidance, escalate, route };
}
