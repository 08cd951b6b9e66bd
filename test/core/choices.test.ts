// When the bot is unsure it lets the person choose; when it has nothing, it says so plainly,
// says what it covers and how to reach a person. Forced with a tiny knowledge base.
import { describe, expect, it } from 'vitest';
import { coveredTopics, offerChoices, SUGGEST_AT, SURE_AT } from '../../src/core/choices.ts';
import { createGuide } from '../../src/core/guide.ts';
import { ASK_SUPERVISOR, NO_ANSWER, renderText, WHICH_FITS } from '../../src/core/render-text.ts';
import { CRISIS_TOPIC } from '../../src/core/safety/protocol.ts';
import { guide, kb } from '../helpers.ts';
import { TWO_TOPIC_QUESTION } from '../support/two-topics.ts';
import { MISS_QUESTION, UNSURE_IDS, UNSURE_QUESTION, unsureKb } from '../support/unsure-kb.ts';

const options = { topicsCommand: 'topics' };
const unsure = createGuide(unsureKb);

describe('when to offer choices', () => {
  const at = (confidence: number | null, o: { close?: string[]; crisis?: boolean } = {}) =>
    offerChoices({
      confidence,
      close: o.close ?? [],
      answered: confidence !== null && confidence >= 0.5,
      crisis: o.crisis ?? false,
    });

  it('offers them on a middling answer, on close runners-up and on a no-match that came close', () => {
    expect(at(0.55)).toBe(true);
    expect(at(SURE_AT)).toBe(false);
    expect(at(0.9, { close: ['gifts'] })).toBe(true);
    expect(at(SUGGEST_AT)).toBe(true);
    expect(at(SUGGEST_AT - 0.01)).toBe(false);
    expect(at(null)).toBe(false);
  });

  it('never offers them in a crisis', () => {
    expect(at(0.55, { crisis: true })).toBe(false);
    expect(at(0.9, { close: ['gifts'], crisis: true })).toBe(false);
    expect(at(0.4, { crisis: true })).toBe(false);
  });
});

describe('an unsure question', () => {
  it('offers the top three topics under "Which fits best?", numbered in plain text', () => {
    const g = unsure.answer(UNSURE_QUESTION);
    expect(g.choices.map((c) => c.id).sort()).toEqual([...UNSURE_IDS].sort());
    expect(g.miss).toBeNull();
    const text = renderText(g, options);
    const lines = text.split('\n');
    const at = lines.indexOf(WHICH_FITS);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 4)).toEqual(g.choices.map((c, i) => `${i + 1}. ${c.title}`));
  });

  it('shows the choices after a topic it answered but is not sure of', () => {
    // Two topics in one question: the runner-up scores close to the best.
    const g = guide.answer(TWO_TOPIC_QUESTION);
    expect(g.kind).toBe('topic');
    expect(g.choices).toHaveLength(3);
    expect(g.choices[0]?.id).toBe(g.topic?.id);
    const text = renderText(g, options);
    expect(text.indexOf(g.topic?.title.toUpperCase() ?? '?')).toBeLessThan(
      text.indexOf(WHICH_FITS),
    );
  });

  it('offers no choices in a crisis: the protocol leads alone', () => {
    const g = unsure.answer(`${UNSURE_QUESTION} my client says she wants to kill herself tonight`);
    expect(g.safety).toBe('crisis');
    expect(g.choices).toEqual([]);
    expect(g.miss).toBeNull();
    const text = renderText(g, options);
    expect(text.startsWith('!! ')).toBe(true);
    expect(text).not.toContain(WHICH_FITS);
  });
});

describe('an honest miss', () => {
  it('says it has no answer, what it covers (from the knowledge) and to ask a supervisor', () => {
    const g = unsure.answer(MISS_QUESTION);
    expect(g.kind).toBe('no-match');
    expect(g.choices).toEqual([]);
    expect(g.miss?.supervisor.contact).toBeNull();
    expect(g.miss?.topicCount).toBe(unsureKb.topics.length);
    const text = renderText(g, options);
    const lines = text.split('\n');
    expect(lines[0]).toBe(NO_ANSWER);
    for (const t of g.miss?.covers ?? []) expect(lines[1]).toContain(t.title);
    expect(lines[2]).toBe(ASK_SUPERVISOR);
    expect(text).toContain('topics');
  });

  it("shows the agency's supervisor contact when it is set", () => {
    const g = createGuide(unsureKb, { supervisorContact: 'Call Sam at ext. 4100' }).answer(
      MISS_QUESTION,
    );
    expect(g.miss?.supervisor.contact).toBe('Call Sam at ext. 4100');
    expect(renderText(g, options)).toContain('Call Sam at ext. 4100');
    expect(renderText(g, options)).not.toContain(ASK_SUPERVISOR);
  });

  it('names a few of the real topics, never a crisis topic', () => {
    const covers = coveredTopics(kb);
    expect(covers).toHaveLength(3);
    const crisis = new Set(Object.values(CRISIS_TOPIC));
    for (const t of covers) {
      expect(kb.topicsById.get(t.id)?.title).toBe(t.title);
      expect(crisis.has(t.id)).toBe(false);
    }
  });
});
