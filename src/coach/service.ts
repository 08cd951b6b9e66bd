// The personal exam coach as the surfaces use it: a person's daily plan, their spaced-
// repetition schedule, readiness, practice tests and erasure. Store + pure coach logic
// (core/coach); no platform.
import type { CoachView, ReadinessOutline } from '../core/coach/outline.ts';
import type { KnowledgeBase } from '../core/types.ts';
import type { Store } from '../store/store.ts';

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

export function createCoachService(_o: {
  store: Store;
  kb: () => KnowledgeBase;
  random: () => number;
}) {
  const notYet = (): never => {
    throw new Error('not built yet');
  };
  return {
    setPlan: async (_p: Person, _plan: PlanRequest, _now: Date): Promise<CoachView> => notYet(),
    pause: async (_p: Person, _days: number, _now: Date): Promise<CoachView> => notYet(),
    stop: async (_p: Person, _now: Date): Promise<CoachView> => notYet(),
    /** The readiness view (the App Home shows this for the person opening it). */
    readiness: async (_p: Person, _now: Date): Promise<ReadinessOutline> => notYet(),
    answerDaily: async (
      _p: Person,
      _itemId: string,
      _choice: number,
      _now: Date,
    ): Promise<CoachView> => notYet(),
    startPractice: async (_p: Person, _count: number, _now: Date): Promise<CoachView> => notYet(),
    answerPractice: async (
      _p: Person,
      _sessionId: string,
      _index: number,
      _choice: number,
      _now: Date,
    ): Promise<CoachView> => notYet(),
    endPractice: async (_p: Person, _sessionId: string, _now: Date): Promise<CoachView> => notYet(),
    /** An answer on the team's channel card, counted toward the person's own schedule. */
    recordChannelAnswer: async (
      _p: Person,
      _questionId: string,
      _correct: boolean,
      _now: Date,
    ): Promise<void> => notYet(),
    forgetConfirm: (): CoachView => notYet(),
    forget: async (_p: Person): Promise<CoachView> => notYet(),
  };
}

export type CoachService = ReturnType<typeof createCoachService>;
