// The report's date range: whole local days in the agency's zone, as instants [from, to).
import { localParts } from '../core/local-time.ts';

export interface DayRange {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The instant local midnight begins `date` in `zone` (DST-safe: the offset is measured at the
 * guess, then once more at the answer, which settles it). */
export function startOfDay(date: string, zone: string): Date {
  const target = Date.parse(`${date}T00:00:00Z`);
  let t = target;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(t), zone);
    const shown = Date.parse(`${p.date}T00:00:00Z`) + p.minutes * 60_000;
    t += target - shown;
  }
  return new Date(t);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * From `from` (first day) through `to` (last day, included). Defaults: the last 30 days,
 * today included. Throws a message naming the bad option.
 */
export function dayRange(
  o: { from?: string | undefined; to?: string | undefined },
  now: Date,
  zone: string,
): DayRange & { firstDay: string; lastDay: string } {
  for (const [name, value] of [
    ['--from', o.from],
    ['--to', o.to],
  ] as const) {
    if (value !== undefined && !isDate(value))
      throw new Error(`${name} "${value}" is not a date: use YYYY-MM-DD, e.g. 2026-11-01`);
  }
  const lastDay = o.to ?? localParts(now, zone).date;
  const firstDay = o.from ?? addDays(lastDay, -29);
  if (firstDay > lastDay)
    throw new Error(`--from ${firstDay} is after --to ${lastDay}: the range would be empty`);
  return {
    firstDay,
    lastDay,
    from: startOfDay(firstDay, zone),
    to: startOfDay(addDays(lastDay, 1), zone),
  };
}
