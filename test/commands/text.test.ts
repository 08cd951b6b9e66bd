import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, COMMANDS } from '../../src/commands/index.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import {
  answersSoFar,
  leaderboardNote,
  letter,
  statsText,
  subscribedText,
  unsubscribedText,
} from '../../src/commands/text.ts';

const stats = (answered: number, correct: number, streak: number) => ({
  answered,
  correct,
  streak,
  byTopic: [],
  byArea: [],
});

describe('the words every surface shares', () => {
  it('lists every command once, and each example reads as its command', () => {
    expect(new Set(COMMANDS.map((c) => c.syntax)).size).toBe(COMMAND_TABLE.length);
    expect(new Set(COMMAND_TABLE.map((c) => c.kind)).size).toBe(COMMAND_TABLE.length);
    for (const c of COMMAND_TABLE) expect(parseCommand(c.example).kind, c.example).toBe(c.kind);
  });

  it('uses the surface prefix for the commands it suggests', () => {
    expect(statsText(stats(0, 0, 0), '/boundary ')).toContain('"/boundary quiz"');
    expect(leaderboardNote(null, '@boundary-bot ')).toContain(
      '"@boundary-bot quiz leaderboard on"',
    );
    expect(leaderboardNote(true, '')).toContain('"quiz leaderboard off"');
    expect(leaderboardNote(false, '')).toBe("You left this channel's leaderboard.");
  });

  it('counts and letters', () => {
    expect(statsText(stats(4, 3, 1), '')).toBe('3 of 4 correct (75%) · streak: 1 day');
    expect([answersSoFar(1), answersSoFar(2)]).toEqual(['1 answer so far', '2 answers so far']);
    expect([0, 3, 6].map(letter)).toEqual(['A', 'D', '7']);
    expect(subscribedText({ time: '09:00', zone: 'Europe/London', weekdaysOnly: true })).toContain(
      '09:00 Europe/London, Monday to Friday',
    );
    expect(unsubscribedText(false)).toContain('no daily quiz');
  });
});
