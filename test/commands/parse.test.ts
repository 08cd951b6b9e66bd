import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';

describe('parseCommand', () => {
  it('reads the commands every surface shares', () => {
    expect(parseCommand('')).toEqual({ kind: 'help' });
    expect(parseCommand(' HELP ')).toEqual({ kind: 'help' });
    expect(parseCommand('topics')).toEqual({ kind: 'topics' });
    expect(parseCommand('quiz')).toEqual({ kind: 'quiz' });
    expect(parseCommand('quiz stats')).toEqual({ kind: 'quiz-stats' });
    expect(parseCommand('Quiz Unsubscribe')).toEqual({ kind: 'quiz-unsubscribe' });
    expect(parseCommand('quiz leaderboard on')).toEqual({ kind: 'quiz-leaderboard', optIn: true });
    expect(parseCommand('quiz leaderboard off')).toEqual({
      kind: 'quiz-leaderboard',
      optIn: false,
    });
    expect(parseCommand('quiz leaderboard')).toEqual({ kind: 'quiz-leaderboard', optIn: null });
    expect(parseCommand('quiz subscribe 9:00 America/Los_Angeles weekdays')).toEqual({
      kind: 'quiz-subscribe',
      time: '09:00',
      zone: 'America/Los_Angeles',
      weekdaysOnly: true,
    });
    expect(parseCommand('quiz subscribe 13:30 Europe/London')).toMatchObject({
      weekdaysOnly: false,
    });
  });

  it('treats anything else as a question, including ones that start with a command word', () => {
    expect(parseCommand('a client gave me a gift')).toEqual({
      kind: 'ask',
      text: 'a client gave me a gift',
    });
    expect(parseCommand('ask can I hug a participant?')).toEqual({
      kind: 'ask',
      text: 'can I hug a participant?',
    });
    expect(parseCommand('help me with a friend request')).toEqual({
      kind: 'ask',
      text: 'help me with a friend request',
    });
    expect(parseCommand('topics of conversation at lunch')).toMatchObject({ kind: 'ask' });
  });

  it('answers a mistake with the right syntax', () => {
    const cases: [string, RegExp, string][] = [
      ['quiz subscribe', /time and a time zone/, 'quiz subscribe HH:MM'],
      ['quiz subscribe 25:00 America/Los_Angeles', /not a time\./, 'quiz subscribe'],
      ['quiz subscribe 09:00 Mars/Olympus', /not a time zone/, 'quiz subscribe'],
      ['quiz subscribe 09:00 America/Denver sundays', /weekdays/, 'quiz subscribe'],
      ['quiz leaderboard maybe', /"on".*"off"/, 'quiz leaderboard [on|off]'],
      ['quiz stats please', /takes nothing/, 'quiz stats'],
      ['quiz start', /not a quiz command/, 'quiz'],
      ['ask', /Add your question/, '<your question>'],
    ];
    for (const [text, problem, syntax] of cases) {
      const c = parseCommand(text);
      expect(c.kind, text).toBe('usage');
      if (c.kind !== 'usage') continue;
      expect(c.problem, text).toMatch(problem);
      expect(c.syntax.startsWith(syntax), text).toBe(true);
      expect(c.example.length, text).toBeGreaterThan(0);
    }
  });

  it('never quotes what was typed in a mistake (the reply may be public)', () => {
    for (const text of [
      'quiz Maria 03/04/1990',
      'quiz subscribe Maria America/Denver',
      'quiz subscribe 09:00 Maria',
    ]) {
      const c = parseCommand(text);
      expect(c.kind, text).toBe('usage');
      expect(JSON.stringify(c), text).not.toMatch(/Maria|1990/);
    }
  });

  it('reads a mistyped command that speaks of danger as a question, so the protocol comes first', () => {
    for (const text of [
      'quiz my client wants to kill herself',
      'quiz stats he has a gun and says he will shoot his ex tonight',
      'quiz subscribe 09:00 America/Denver she took all her pills and is not breathing',
      'quiz stop i want to die',
    ]) {
      expect(parseCommand(text), text).toEqual({ kind: 'ask', text });
    }
    // Without danger, the same mistakes still get the syntax.
    expect(parseCommand('quiz my client gave me a gift').kind).toBe('usage');
  });
});
