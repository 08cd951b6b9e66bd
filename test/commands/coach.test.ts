// The personal coach's commands and buttons through the shared layer (parseCommand,
// runCommand, runAction) over the real knowledge and a real store: a plan, a hold, stop,
// progress only in private, a practice test from start to summary, the channel card counting
// toward a person's schedule, and "forget me" with its confirm step.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/commands/actions.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { type CommandContext, runCommand } from '../../src/commands/run.ts';
import type { CoachView } from '../../src/core/coach/outline.ts';
import { COACH } from '../../src/core/copy.ts';
import { createTestServices, type TestServices } from '../support/services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices();
});
afterEach(async () => t.close());

const ctx = (privacy: CommandContext['privacy'], userId = 'U1'): CommandContext => ({
  platform: 'slack',
  userId,
  channel: privacy === 'direct' ? 'D1' : 'C1',
  now: t.services.now(),
  privacy,
});
async function view(text: string, c = ctx('direct')): Promise<CoachView> {
  const r = await runCommand(t.services, parseCommand(text), c);
  if (r.kind !== 'coach') throw new Error(`not a coach result: ${r.kind}`);
  return r.view;
}
const click = async (action: Parameters<typeof runAction>[1], userId = 'U1') => {
  const r = await runAction(t.services, action, {
    platform: 'slack',
    userId,
    channel: 'D1',
    now: t.services.now(),
  });
  if (r.kind !== 'coach') throw new Error(`not a coach result: ${r.kind}`);
  return r.view;
};

describe('quiz me', () => {
  it('reads the daily plan, a hold and stop, and explains mistakes', async () => {
    expect(await view('quiz me daily 07:30 America/Los_Angeles weekdays')).toEqual({
      kind: 'notice',
      text: expect.stringContaining('07:30 America/Los_Angeles on weekdays'),
    });
    expect(await view('quiz me pause 7')).toEqual({
      kind: 'notice',
      text: expect.stringContaining('paused until 2026-11-30'),
    });
    expect(await view('quiz me stop')).toEqual({ kind: 'notice', text: COACH.stopped });
    expect(await view('quiz me stop')).toEqual({ kind: 'notice', text: COACH.notStarted });
    for (const wrong of [
      'quiz me daily 25:00 UTC',
      'quiz me daily 07:30 Mars/Base',
      'quiz me pause 0',
      'quiz me pause 91',
    ])
      expect(parseCommand(wrong).kind, wrong).toBe('usage');
    expect(parseCommand('quiz me').kind).toBe('usage');
  });

  it('shows progress only where nobody else sees it', async () => {
    expect(await view('quiz progress', ctx('shared'))).toEqual({
      kind: 'notice',
      text: COACH.progressPrivately,
    });
    const r = await view('quiz progress', ctx('ephemeral'));
    expect(r.kind).toBe('readiness');
    if (r.kind === 'readiness') expect(r.readiness.empty).toBe(COACH.progressEmpty);
  });
});

describe('quiz practice', () => {
  it('runs only in a direct message, one question at a time, to a summary of the wrong ones', async () => {
    expect(await view('quiz practice 3', ctx('shared'))).toEqual({
      kind: 'notice',
      text: COACH.practiceInDm,
    });
    expect(parseCommand('quiz practice 61').kind).toBe('usage');
    expect(parseCommand('quiz practice')).toEqual({ kind: 'quiz-practice', count: 20 });
    let v = await view('quiz practice 3');
    const wrongIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      if (v.kind !== 'question' && !(v.kind === 'feedback' && v.next)) throw new Error(v.kind);
      const card = v.kind === 'question' ? v.card : v.next!;
      if (card.answer.kind !== 'practice-answer') throw new Error('not practice');
      expect(card.progress).toMatch(new RegExp(`^Question ${i + 1} of 3`));
      // Someone else's click changes nothing.
      expect(await click({ ...card.answer, choice: 0 }, 'U2')).toEqual({
        kind: 'notice',
        text: COACH.notYours,
      });
      const q = t.services.bot.kb.quiz.find((x) => x.scenario === card.scenario)!;
      const choice = i === 1 ? (q.correct + 1) % 4 : q.correct;
      if (i === 1) wrongIds.push(q.id);
      v = await click({ ...card.answer, choice });
      if (v.kind !== 'feedback') throw new Error(v.kind);
      expect(v.feedback.correct).toBe(i !== 1);
      if (i === 1) expect(v.feedback.chosen.why).toBe(q.why[choice]);
      // The same click again: the first answer stands.
      const again = await click({ ...card.answer, choice: q.correct });
      expect(again.kind === 'feedback' && again.feedback.repeat).toBe(true);
    }
    if (v.kind !== 'feedback' || !v.summary) throw new Error('no summary');
    expect(v.summary.score).toBe('2 of 3 right (67%)');
    expect(v.summary.wrong.items.map((w) => w.questionId)).toEqual(wrongIds);
    // The answers moved the person's items: progress shows them.
    const p = await view('quiz progress');
    expect(p.kind === 'readiness' && p.readiness.summary[0]?.value).toBe('3');
  });
});

describe('the channel card', () => {
  it('counts toward the schedule of a person who has one, and starts nothing for anyone else', async () => {
    await view('quiz me daily 07:30 America/Los_Angeles');
    const daily = await t.services.quiz.daily('slack', 'C1', t.services.now());
    for (const userId of ['U1', 'U9'])
      await runAction(
        t.services,
        { kind: 'quiz-answer', quizId: daily.quiz.id, choice: daily.question.correct },
        {
          platform: 'slack',
          userId,
          channel: 'C1',
          now: t.services.now(),
        },
      );
    expect(await t.services.store.itemStates('slack:U1')).toMatchObject([
      { questionId: daily.question.id, box: 1, answered: 1, correct: 1 },
    ]);
    expect(await t.services.store.itemStates('slack:U9')).toEqual([]);
  });
});

describe('quiz forget me', () => {
  it('asks first, then erases; "Keep" erases nothing', async () => {
    await view('quiz me daily 07:30 America/Los_Angeles');
    expect(await view('quiz forget me')).toMatchObject({
      kind: 'forget-confirm',
      confirm: COACH.forgetYes,
    });
    expect(await click({ kind: 'coach-forget', confirm: false })).toEqual({
      kind: 'notice',
      text: COACH.forgetKept,
    });
    expect(await t.services.store.plan('slack:U1')).toBeTruthy();
    expect(await click({ kind: 'coach-forget', confirm: true })).toEqual({
      kind: 'notice',
      text: COACH.forgotten,
    });
    expect(await t.services.store.plan('slack:U1')).toBeNull();
    await view('quiz me daily 07:30 America/Los_Angeles');
    expect(await view('quiz forget me confirm')).toEqual({ kind: 'notice', text: COACH.forgotten });
  });
});
