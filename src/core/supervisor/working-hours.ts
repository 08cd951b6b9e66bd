// When an unclaimed request is re-announced: a number of working hours after it was sent.
// Working hours are simple on purpose: the same window (09:00-17:00 by default) on the same
// weekdays (Monday to Friday) in one IANA zone (America/Los_Angeles by default); holidays are
// not known. Daylight-saving changes are handled the way the zone defines them (Intl).
import { localParts } from '../local-time.ts';

export interface WorkingHours {
  zone: string;
  /** Minutes after local midnight the working day starts and ends (540 and 1020: 9 to 17). */
  start: number;
  end: number;
  /** Working weekdays, 0 = Sunday ... 6 = Saturday. */
  days: readonly number[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  zone: 'America/Los_Angeles',
  start: 9 * 60,
  end: 17 * 60,
  days: [1, 2, 3, 4, 5],
};

const MINUTE = 60_000;

/**
 * The instant `hours` working hours after `from`. Time outside the window does not count; a
 * request sent on Friday at 16:00 with 4 hours is due on Monday at 12:00. Each step re-reads
 * the local time, so a jump over a daylight-saving change lands on the zone's real clock.
 */
export function workingHoursAfter(from: Date, hours: number, wh: WorkingHours): Date {
  if (!wh.days.length || wh.end <= wh.start) throw new Error('no working hours in a week');
  let t = from.getTime();
  let left = Math.round(hours * 60);
  // A bound against a zone that never reaches a window (it cannot happen with valid hours).
  for (let step = 0; step < 10_000; step++) {
    const { minutes, weekday } = localParts(new Date(t), wh.zone);
    const working = wh.days.includes(weekday);
    if (working && minutes >= wh.start && minutes < wh.end) {
      if (left <= 0) return new Date(t);
      const take = Math.min(left, wh.end - minutes);
      t += take * MINUTE;
      left -= take;
      if (left === 0) return new Date(t);
    } else if (left <= 0) {
      return new Date(t);
    } else if (working && minutes < wh.start) {
      t += (wh.start - minutes) * MINUTE;
    } else {
      // To the next local midnight (one more pass re-reads the clock there).
      t += (1440 - minutes) * MINUTE;
      // Land on a whole minute: a request sent at 16:59:30 starts counting at a minute boundary.
      t -= t % MINUTE;
    }
  }
  throw new Error('working hours never reached');
}

/** "09:00-17:00" -> { start: 540, end: 1020 }; null when not two HH:MM times, start < end. */
export function parseWindow(text: string): { start: number; end: number } | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return start < end && end <= 1440 ? { start, end } : null;
}
