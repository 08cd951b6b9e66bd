// The plain-text reply (terminal console, `ask` text): the first screen, then everything else
// after a "More:" line, so nothing is lost where there is nothing to tap.
import { describe, expect, it } from 'vitest';
import { countWords, FIRST_SCREEN_WORDS } from '../../src/core/answer-first.ts';
import type { TopicGuidance } from '../../src/core/guidance.ts';
import { renderText, renderTopicText } from '../../src/core/render-text.ts';
import { guide } from '../helpers.ts';

const options = { topicsCommand: 'topics' };

describe('a topic reply as plain text', () => {
  it('leads with the answer, the top steps and the reflection; the rest follows "More:"', () => {
    const g = guide.answer('a client offered me a gift card for my birthday', {
      reflectionIndex: 0,
    });
    const t = g.topic as TopicGuidance;
    const [head, tail] = renderText(g, options).split('\nMore:\n') as [string, string];
    expect(tail).toBeDefined();
    expect(head.split('\n').slice(0, 2)).toEqual([t.title.toUpperCase(), t.principle]);
    expect(head).toContain(`1. ${t.steps[0]}`);
    expect(head).toContain(`2. ${t.steps[1]}`);
    expect(head).toContain(`Reflect: ${t.reflection}`);
    expect(countWords(head)).toBeLessThanOrEqual(FIRST_SCREEN_WORDS + 10); // + labels
    expect(head).not.toMatch(/Sources:|When it changes|Related:/);
    for (const n of t.nuance) expect(tail).toContain(n.then);
    expect(tail).toContain(`Check your agency's policy: ${t.agencyPolicy}`);
    expect(tail).toMatch(/^Sources: /m);
    expect(tail).toMatch(/^Related: /m);
    expect(tail).toContain(`${t.steps.length}. ${t.steps.at(-1)}`);
  });

  it('a fitting nuance answers first; the principle follows under "In general:"', () => {
    const t = { ...(guide.topic('gifts') as TopicGuidance), fit: 0 };
    const text = renderTopicText(t);
    expect(text.split('\n')[1]).toBe(t.nuance[0]?.then);
    expect(text.split('\nMore:\n')[1]).toContain(`In general: ${t.principle}`);
  });
});
