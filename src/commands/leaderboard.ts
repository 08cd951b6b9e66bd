// The leaderboard shown a page at a time, the same on every surface: a message has a size
// limit (Slack's blocks, Teams' 28 KB) and each row may cost a name look-up on the platform.
export const LEADERBOARD_PAGE_SIZE = 20;

export interface LeaderboardPage<R> {
  /** This page's rows, each with its rank in the whole board. */
  rows: (R & { rank: number })[];
  /** 1-based, within 1..pages. */
  page: number;
  /** At least 1, even when nobody is on the board. */
  pages: number;
  /** Everyone on the board. */
  total: number;
}

/** Page `page` (1-based; clamped) of rows already in rank order. */
export function leaderboardPage<R>(
  rows: readonly R[],
  page = 1,
  size = LEADERBOARD_PAGE_SIZE,
): LeaderboardPage<R> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Number.isInteger(page) ? Math.min(Math.max(page, 1), pages) : 1;
  const start = (p - 1) * size;
  return {
    rows: rows.slice(start, start + size).map((r, i) => ({ ...r, rank: start + i + 1 })),
    page: p,
    pages,
    total: rows.length,
  };
}
