// The terminal console's coach: the same commands and actions, typed. A practice test answered
// by number and letter, "end", the daily question appearing when the console's own dispatcher
// delivers it, and "quiz forget me" waiting for "erase" or "keep".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  coachReply,
  deliveredNow,
  isCoachLine,
  newCoachSession,
} from '../../src/cli/console-coach.ts';
import { consolePersonalPoster } from '../../src/coach/console-poster.ts';
import { COACH } from '../../src/core/copy.ts';
import { createPersonalDispatcher } from '../../src/schedule/personal.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices({}, new Date('2026-11-23T15:00:00Z'));
});
afterEach(async () => t.close());

describe('the terminal coach', () => {
  it('runs a practice test typed by number and letter, and ends it on "end"', async () => {
    const session = newCoachSession('local:me');
    expect(isCoachLine('quiz practice 3', session)).toBe(true);
    expect(isCoachLine('1', session)).toBe(false); // nothing waits for an answer yet
    const first = await coachReply(t.services, 'quiz practice 3', session);
    expect(first).toContain('Question 1 of 3');
    expect(first).toContain(COACH.consoleAnswerOrEnd);
    expect(isCoachLine('1', session)).toBe(true);
    const second = await coachReply(t.services, 'b', session);
    expect(second).toMatch(/^(Right\.|Not quite\.)/);
    expect(second).toContain('Question 2 of 3');
    const ended = await coachReply(t.services, 'end', session);
    expect(ended).toContain('Practice test done');
    expect(ended).toContain('2 not answered before the end.');
    expect(session.card).toBeNull();
    expect(isCoachLine('1', session)).toBe(false);
  });

  it('shows the daily question when it is delivered, and erases only after "erase"', async () => {
    const session = newCoachSession('local:me');
    expect(
      await coachReply(t.services, 'quiz me daily 07:30 America/Los_Angeles', session),
    ).toContain('07:30 America/Los_Angeles');
    const dispatcher = createPersonalDispatcher({
      store: t.services.store,
      coach: t.services.coach,
      posters: { console: consolePersonalPoster },
      instance: 'terminal',
    });
    expect(await deliveredNow(t.services, session, dispatcher)).toBeNull(); // 07:00 there
    t.setNow(new Date('2026-11-23T15:30:00Z'));
    const daily = await deliveredNow(t.services, session, dispatcher);
    expect(daily).toContain(COACH.dailyHeading);
    expect(await deliveredNow(t.services, session, dispatcher)).toBeNull(); // once a day
    expect(await coachReply(t.services, '2', session)).toMatch(/comes back/);
    expect(await coachReply(t.services, 'quiz forget me', session)).toContain(COACH.consoleForget);
    expect(await coachReply(t.services, 'keep', session)).toBe(COACH.forgetKept);
    expect(await t.services.store.plan('console:local:me')).toBeTruthy();
    await coachReply(t.services, 'quiz forget me', session);
    expect(await coachReply(t.services, 'erase', session)).toBe(COACH.forgotten);
    expect(await t.services.store.plan('console:local:me')).toBeNull();
  });
});
