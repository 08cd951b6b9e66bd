// The practice test's state machine, readiness and the feedback after an answer (pure).
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../../src/core/coach/feedback.ts';
import {
  answer,
  current,
  drawPractice,
  end,
  practiceCard,
  practiceSummary,
  startPractice,
} from '../../../src/core/coach/practice.ts';
import { readinessOutline } from '../../../src/core/coach/readiness.ts';
import { review } from '../../../src/core/coach/schedule.ts';
import { COACH } from '../../../src/core/copy.ts';
import { seededRandom } from '../../../src/core/quiz.ts';
import { kb } from '../../helpers.ts';

const byId = new Map(kb.quiz.map((q) => [q.id, q]));
const title = (id: string) => kb.topicsById.get(id)?.title ?? id;
const t0 = new Date('2026-05-04T16:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('a practice test', () => {
  it('draws N distinct questions across every exam area', () => {
    const ids = drawPractice(kb.quiz, 20, seededRandom(1));
    expect(new Set(ids).size).toBe(20);
    const areas = new Set(ids.map((id) => byId.get(id)?.area));
    expect(areas.size).toBe(new Set(kb.quiz.map((q) => q.area)).size);
    expect(drawPractice(kb.quiz.slice(0, 5), 20, seededRandom(1))).toHaveLength(5);
  });

  it('goes one question at a time, keeps the first answer, and sums up the wrong ones', () => {
    const ids = drawPractice(kb.quiz, 3, seededRandom(2));
    let s = startPractice('s1', ids, t0);
    expect(s.limitSeconds).toBe(3 * 75);
    expect(current(s, t0)).toBe(0);
    expect(practiceCard(s, 0, byId.get(ids[0] as string)!, at(61)).progress).toBe(
      'Question 1 of 3 · 1 of 4 minutes used',
    );
    const q0 = byId.get(ids[0] as string)!;
    const q1 = byId.get(ids[1] as string)!;
    const wrong1 = (q1.correct + 1) % 4;
    expect(answer(s, 1, 0, 4, at(5))).toEqual({ kind: 'invalid' }); // not its turn yet
    let step = answer(s, 0, q0.correct, 4, at(10));
    if (step.kind !== 'answered') throw new Error(step.kind);
    s = step.session;
    expect(answer(s, 0, (q0.correct + 1) % 4, 4, at(11))).toEqual({
      kind: 'repeat',
      choice: q0.correct,
    });
    step = answer(s, 1, wrong1, 4, at(20));
    if (step.kind !== 'answered') throw new Error(step.kind);
    s = step.session;
    expect(s.endedAt).toBeNull();
    s = end(s, at(100));
    expect(current(s, at(101))).toBeNull();
    const sum = practiceSummary(s, byId, title);
    expect(sum.score).toBe('1 of 3 right (33%)');
    expect(sum.unanswered).toBe('1 not answered before the end.');
    expect(sum.time).toBe('Took 2 minutes (limit 4).');
    expect(sum.wrong.items.map((w) => [w.questionId, w.chosen, w.why])).toEqual([
      [q1.id, q1.options[wrong1], q1.why[wrong1]],
      [ids[2], null, null],
    ]);
  });

  it('ends when the time limit passes: a late answer is not counted', () => {
    const ids = drawPractice(kb.quiz, 2, seededRandom(3));
    const s = startPractice('s2', ids, t0);
    const late = answer(s, 0, 0, 4, at(151));
    expect(late.kind).toBe('over');
    if (late.kind !== 'over') return;
    expect(late.session.endedAt).toBe(at(150).toISOString());
    expect(practiceSummary(late.session, byId, title).time).toBe(
      'Took 3 minutes (limit 3); time ran out.',
    );
  });
});

describe('feedback after an answer', () => {
  const q = kb.quiz[0]!;
  const wrong = (q.correct + 1) % q.options.length;
  const source = { title: 'Code', section: 'Advocacy' };
  it('gives the reason the chosen option is wrong, the right one, the source and the return', () => {
    const f = answerFeedback(q, wrong, { repeat: false, backInDays: 1, source, topicTitle: 'T' });
    expect(f).toMatchObject({
      correct: false,
      verdict: COACH.wrong,
      chosen: { text: q.options[wrong], why: q.why[wrong] },
      right: { text: q.options[q.correct] },
      explanation: { text: q.explanation },
      source: { title: 'Code', section: 'Advocacy' },
      next: 'This one comes back tomorrow.',
      guidance: { topicId: q.topic },
    });
    expect(
      answerFeedback(q, q.correct, { repeat: false, backInDays: 4, source, topicTitle: 'T' }),
    ).toMatchObject({
      correct: true,
      chosen: { why: null },
      next: 'This one comes back in 4 days.',
    });
  });
});

describe('readiness', () => {
  it('counts by area and topic, due items, the streak, and names three topics to review', () => {
    const pick = (topic: string, n: number) => kb.quiz.filter((x) => x.topic === topic).slice(0, n);
    const gifts = pick('gifts', 3);
    const touch = pick('physical-touch', 2);
    const states = [
      review(null, gifts[0]!.id, false, '2026-05-01'),
      review(null, gifts[1]!.id, true, '2026-05-03'),
      review(null, touch[0]!.id, true, '2026-05-03'),
      review(review(null, touch[1]!.id, true, '2026-04-01'), touch[1]!.id, false, '2026-05-02'),
    ];
    const r = readinessOutline({
      questions: kb.quiz,
      states,
      activeDays: ['2026-05-01', '2026-05-02', '2026-05-03'],
      today: '2026-05-04',
      plan: 'plan',
      topicTitle: title,
    });
    expect(r.summary.map((s) => `${s.label}: ${s.value}`)).toEqual([
      'Answered: 5',
      'Right: 60%',
      'Due for review: 2',
      'Streak: 3 days',
      `Mastered: 0 of ${kb.quiz.length}`,
    ]);
    expect(r.topics.rows.map((x) => [x.id, x.answered, x.correct])).toEqual(
      expect.arrayContaining([
        ['gifts', 2, 1],
        ['physical-touch', 3, 2],
      ]),
    );
    expect(r.review.items.map((x) => x.topicId).slice(0, 2)).toEqual(['gifts', 'physical-touch']);
    expect(r.review.items).toHaveLength(3);
    expect(r.areas.rows.length).toBe(new Set(kb.quiz.map((x) => x.area)).size);
    expect(JSON.stringify(r)).not.toMatch(/likely to pass|chance|weight/i);
  });
});
