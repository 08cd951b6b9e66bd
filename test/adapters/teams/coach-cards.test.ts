// The personal coach's Adaptive Cards at their largest (every question of the bank, a
// readiness view over every area and topic, a 60-question summary all wrong under the last
// feedback) each under Teams' 28 KB, and every button's data reading back as its action.
import { describe, expect, it } from 'vitest';
import { coachCard } from '../../../adapters/teams/cards/coach.ts';
import { cardMessage, VERB } from '../../../adapters/teams/cards/elements.ts';
import { decodeAction } from '../../../adapters/teams/verbs.ts';
import { kb } from '../../helpers.ts';
import { feedback, longest, question, readiness, summary } from '../../support/coach-views.ts';

const TEAMS_MAX_BYTES = 28 * 1024;
type Json = Record<string, unknown>;
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

function executes(x: unknown): Json[] {
  const found: Json[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      if (o.type === 'Action.Execute') found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(x);
  return found;
}

describe('coach cards under 28 KB', () => {
  it('every question of the bank, and its feedback with the next question', () => {
    for (const q of kb.quiz) {
      expect(bytes(cardMessage(coachCard({ kind: 'question', card: question(q) })))).toBeLessThan(
        TEAMS_MAX_BYTES,
      );
      const view = { kind: 'feedback', feedback: feedback(q), next: question(q, 1), summary: null };
      expect(bytes(cardMessage(coachCard(view as never)))).toBeLessThan(TEAMS_MAX_BYTES);
    }
  });

  it('the largest readiness view and a 60-question summary, all wrong', () => {
    expect(
      bytes(cardMessage(coachCard({ kind: 'readiness', readiness: readiness() }))),
    ).toBeLessThan(TEAMS_MAX_BYTES);
    const last = coachCard({
      kind: 'feedback',
      feedback: feedback(),
      next: null,
      summary: summary(),
    });
    expect(bytes(cardMessage(last))).toBeLessThan(TEAMS_MAX_BYTES);
    const text = JSON.stringify(last);
    expect(text).toContain('not an exam score'); // the note is kept when the list is cut
    expect(text).toMatch(/"\+\d+"/); // and what was left out is counted
  });
});

describe('coach buttons', () => {
  it('read back as their action: options, end, guidance', () => {
    const card = coachCard({ kind: 'question', card: question(longest, 2) });
    expect(executes(card).map((a) => decodeAction(String(a.verb), a.data))).toEqual([
      ...longest.options.map((_, choice) => ({
        kind: 'practice-answer',
        sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21',
        index: 2,
        choice,
      })),
      { kind: 'practice-end', sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21' },
    ]);
    const fb = coachCard({ kind: 'feedback', feedback: feedback(), next: null, summary: null });
    expect(executes(fb).map((a) => decodeAction(String(a.verb), a.data))).toEqual([
      { kind: 'topic', topicId: longest.topic },
    ]);
    for (const data of [
      { kind: 'practice-answer', sessionId: 's', index: 1 },
      { kind: 'x' },
      'x',
      null,
    ])
      expect(decodeAction(VERB.coach, data)).toEqual({ kind: 'unknown' });
  });
});
