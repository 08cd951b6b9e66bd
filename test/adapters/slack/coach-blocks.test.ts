// The personal coach's Block Kit at its largest (the longest question, a readiness view over
// every area and topic, a 60-question summary all wrong) within Block Kit's limits, in the
// outline's order, with the feedback's explanation, why-wrong and source, and buttons whose
// values read back as the action they stand for.
import { describe, expect, it } from 'vitest';
import { coachMessage } from '../../../adapters/slack/blocks/coach.ts';
import { homeView } from '../../../adapters/slack/blocks/home.ts';
import { decodeAction } from '../../../adapters/slack/ids.ts';
import { checkMessage, checkView } from '../../../adapters/slack/limits.ts';
import { esc } from '../../../adapters/slack/mrkdwn.ts';
import { kb } from '../../helpers.ts';
import { feedback, longest, question, readiness, summary } from '../../support/coach-views.ts';
import { allText, buttons } from './harness.ts';

const stats = { answered: 0, correct: 0, streak: 0, byArea: [] } as never;

describe('coach views within Block Kit limits', () => {
  it('every question of the bank as a practice question, and its feedback', () => {
    for (const q of kb.quiz) {
      expect(checkMessage(coachMessage({ kind: 'question', card: question(q) }))).toEqual([]);
      const view = { kind: 'feedback', feedback: feedback(q), next: question(q, 1), summary: null };
      expect(checkMessage(coachMessage(view as never))).toEqual([]);
    }
  });

  it('the largest readiness view, in a message and in the App Home', () => {
    expect(checkMessage(coachMessage({ kind: 'readiness', readiness: readiness() }))).toEqual([]);
    const home = homeView([], stats, readiness());
    expect(checkView(home as never)).toEqual([]);
    expect(allText(home)).toContain('Your exam practice');
  });

  it('a 60-question summary, all wrong, under the last feedback: cut to fit, the note kept', () => {
    const msg = coachMessage({
      kind: 'feedback',
      feedback: feedback(),
      next: null,
      summary: summary(),
    });
    expect(checkMessage(msg)).toEqual([]);
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(allText(msg.blocks.at(-1))).toContain('not an exam score');
  });
});

describe('coach feedback and buttons', () => {
  it('shows the verdict, the choice and why it is wrong, the answer, the explanation, the source', () => {
    const f = feedback();
    expect(f.chosen.why).toBeTruthy();
    const msg = coachMessage({ kind: 'feedback', feedback: f, next: null, summary: null });
    const text = allText(msg.blocks);
    const parts = [
      f.verdict,
      f.chosen.text,
      f.chosen.why,
      f.right.text,
      f.explanation.text,
      f.source.title,
    ];
    const at = parts.map((s) =>
      text.indexOf(
        JSON.stringify(esc(s ?? ''))
          .slice(1, -1)
          .slice(0, 40),
      ),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('each button reads back as its action: options, end, guidance; nothing else', () => {
    const msg = coachMessage({ kind: 'question', card: question(longest, 2) });
    const actions = buttons(msg as never).map((b) =>
      decodeAction(String(b.action_id), String(b.value)),
    );
    expect(actions).toEqual([
      ...longest.options.map((_, choice) => ({
        kind: 'practice-answer',
        sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21',
        index: 2,
        choice,
      })),
      { kind: 'practice-end', sessionId: '8d3c2a4e-1b7f-4e0a-9c55-0f4b6f0a7c21' },
    ]);
    const fb = coachMessage({ kind: 'feedback', feedback: feedback(), next: null, summary: null });
    expect(
      buttons(fb as never).map((b) => decodeAction(String(b.action_id), String(b.value))),
    ).toEqual([{ kind: 'topic', topicId: longest.topic }]);
    // A value edited by hand is refused, not half-read.
    for (const value of [
      '{"kind":"practice-answer","sessionId":"s","index":"1","choice":0}',
      'x',
      '{}',
    ])
      expect(decodeAction('coach:answer-0', value)).toEqual({ kind: 'unknown' });
  });
});
