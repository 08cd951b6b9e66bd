// The leaderboard's pages, shared by Slack and Teams.
import { describe, expect, it } from 'vitest';
import { LEADERBOARD_PAGE_SIZE, leaderboardPage } from '../../src/commands/leaderboard.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: `u${i + 1}` }));

describe('leaderboardPage', () => {
  it('cuts rank-ordered rows into pages, each row with its overall rank', () => {
    const p = leaderboardPage(rows(45), 3);
    expect(p).toMatchObject({ page: 3, pages: 3, total: 45 });
    expect(p.rows.map((r) => [r.rank, r.userId])).toEqual([
      [41, 'u41'],
      [42, 'u42'],
      [43, 'u43'],
      [44, 'u44'],
      [45, 'u45'],
    ]);
    expect(leaderboardPage(rows(300)).rows).toHaveLength(LEADERBOARD_PAGE_SIZE);
  });

  it('clamps a page out of range or not a whole number, and has one empty page for nobody', () => {
    expect(leaderboardPage(rows(45), 99).page).toBe(3);
    expect(leaderboardPage(rows(45), 0).page).toBe(1);
    expect(leaderboardPage(rows(45), Number.NaN).page).toBe(1);
    expect(leaderboardPage(rows(45), 1.5).page).toBe(1);
    expect(leaderboardPage([], 2)).toEqual({ rows: [], page: 1, pages: 1, total: 0 });
  });
});
