// Topics due for review: the knowledge is kept true by a yearly check of every topic (who
// reviewed it is a role, so the report names no one).
import type { Topic } from '../core/types.ts';

export const REVIEW_MONTHS = 12;

export interface DueReview {
  topic: string;
  title: string;
  /** YYYY-MM-DD */
  reviewedOn: string;
  by: string;
}

/** The same calendar day `months` earlier, as YYYY-MM-DD (a 31st or 29 Feb may not exist:
 * string order still places it correctly). */
function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const mm = String((total % 12) + 1).padStart(2, '0');
  return `${Math.floor(total / 12)}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Topics last reviewed `REVIEW_MONTHS` or more before `today` (YYYY-MM-DD), oldest first. */
export function dueReviews(topics: readonly Topic[], today: string): DueReview[] {
  const cutoff = monthsBefore(today, REVIEW_MONTHS);
  return topics
    .filter((t) => t.reviewed.on <= cutoff)
    .map((t) => ({ topic: t.id, title: t.title, reviewedOn: t.reviewed.on, by: t.reviewed.by }))
    .sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.topic.localeCompare(b.topic));
}
