// When a person's daily question is due: at HH:MM in their IANA zone, every day or weekdays,
// not while paused, at most once per local date (the store's claim) and never twice within
// MIN_GAP_HOURS (a zone change eastward would otherwise bring tomorrow's question hours after
// today's). A time skipped by a spring-forward gap is due at the first minute after it; a time
// repeated by a fall-back overlap is due at its first occurrence only (once per local date).
import { localParts, parseTime } from '../local-time.ts';
import { addDays } from './schedule.ts';

export const MIN_GAP_HOURS = 12;

export interface DailyPlan {
  /** "07:30" */
  time: string;
  zone: string;
  weekdaysOnly: boolean;
  /** Local date the question comes again (a vacation hold), or null. */
  pausedUntil: string | null;
  /** Stopped: the person said "quiz me stop" (their progress is kept). */
  active: boolean;
}

export type Due = { due: true; localDate: string } | { due: false; why: string };

export function dueNow(plan: DailyPlan, now: Date, lastSentAt: Date | null): Due {
  if (!plan.active) return { due: false, why: 'stopped' };
  const at = parseTime(plan.time);
  if (at === null) return { due: false, why: 'no time' };
  const local = localParts(now, plan.zone);
  if (plan.pausedUntil && local.date < plan.pausedUntil) return { due: false, why: 'paused' };
  if (plan.weekdaysOnly && (local.weekday === 0 || local.weekday === 6))
    return { due: false, why: 'weekend' };
  if (local.minutes < at) return { due: false, why: 'later today' };
  if (lastSentAt && now.getTime() - lastSentAt.getTime() < MIN_GAP_HOURS * 3_600_000)
    return { due: false, why: 'sent recently' };
  return { due: true, localDate: local.date };
}

/** "quiz me pause 7" on `now`: the question comes again on the local date 7 days later. */
export function pauseUntil(now: Date, zone: string, days: number): string {
  return addDays(localParts(now, zone).date, days);
}

/** The local date in the person's zone (for reviews and streaks). */
export const localDate = (now: Date, zone: string): string => localParts(now, zone).date;
