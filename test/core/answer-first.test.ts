// The answer comes first: the nuance that fits the question (or the principle), the steps that
// matter most and the reflection, within one phone screen; everything else is kept for "More".
import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_WORDS,
  firstScreenWords,
  layoutTopic,
  pickNuance,
  topicWords,
} from '../../src/core/answer-first.ts';
import type { TopicGuidance } from '../../src/core/guidance.ts';
import type { Nuance } from '../../src/core/types.ts';
import { guide, kb } from '../helpers.ts';

// A nuance's answer is not what is tested here: only which `when` fits.
const nuances = (...whens: string[]): Nuance[] =>
  // biome-ignore lint/suspicious/noThenProperty: the knowledge field name, never awaited
  whens.map((when, i) => ({ when, then: `answer ${i}` }));

// Nuances as topics write them (a situation in `when`), with the topic's own subject words.
const cases: { subject: Set<string>; nuance: Nuance[]; fits: [string, number | null][] }[] = [
  {
    subject: topicWords('Gifts, tips and favors'),
    nuance: nuances(
      'The gift is shared with everyone, like food for the group or a card made in group.',
      'You want to give something to the person yourself.',
    ),
    fits: [
      ['my client keeps bringing cookies for the whole group, can we share them as a team', 0],
      ['a participant brought donuts for everyone in group, ok to eat them?', 0],
      ['a participant offered me a $25 gift card, can I keep it', null],
      ['can i accept a gift from a client', null],
    ],
  },
  {
    subject: topicWords('Romantic and sexual relationships'),
    nuance: nuances(
      'You feel attracted but nothing has happened.',
      "The interest comes from the person's family member or close friend.",
      'Flirting turns into harassment or unwanted sexual contact.',
    ),
    fits: [
      ["I think I'm developing feelings for someone on my caseload. Nothing has happened yet", 0],
      ["my client's sister keeps asking me out, her family member is interested in me", 1],
      ['a client keeps flirting and touched me, it feels like harassment', 2],
      ['can I date a client', null],
    ],
  },
  {
    subject: topicWords('Informed consent and voluntary services'),
    nuance: nuances(
      'The person is court-ordered or mandated into treatment.',
      'Someone starts telling you something serious before you have explained the limits.',
      'The person signs forms without reading, or seems confused.',
    ),
    fits: [
      ['my client was court ordered to see me, is peer support still voluntary', 0],
      ['a new client signs every form without reading them and looks confused', 2],
      ['what do I explain at intake', null],
    ],
  },
  {
    subject: topicWords('Running into people outside work'),
    nuance: nuances(
      'You both go to the same mutual-support meeting (NA, AA, SMART, a faith group).',
      'The person wants to talk about their case in public.',
      'The person seems in crisis or in danger when you meet.',
    ),
    fits: [
      ['a client showed up at my home group NA meeting, do I keep going', 0],
      ['saw a participant at the store and he started talking about his case in public', 1],
      ['I ran into a client at the grocery store, what do I do', null],
    ],
  },
];

describe('the nuance that fits the question', () => {
  for (const c of cases)
    it.each(c.fits)('%s -> nuance %s', (question, expected) => {
      expect(pickNuance(question, c.nuance, c.subject)).toBe(expected);
    });

  it('a topic picked from a list has no question, so no nuance is the answer', () => {
    expect(guide.topic('gifts')?.fit).toBeNull();
  });

  it('a question sets the fitting nuance on the reply', () => {
    const g = guide.answer(
      'I think I have feelings for a client on my caseload but nothing has happened',
    );
    expect(g.topic?.id).toBe('romantic-sexual-relationships');
    const fit = g.topic?.fit;
    expect(fit).not.toBeNull();
    expect(g.topic?.nuance[fit as number]?.when).toMatch(/nothing has happened/i);
  });
});

/** Every piece of a topic, as text, to check that the first screen and "More" hold it all. */
function pieces(t: TopicGuidance): string[] {
  return [
    t.principle,
    ...t.steps,
    ...t.nuance.flatMap((n) => [n.when, n.then]),
    ...(t.agencyPolicy ? [t.agencyPolicy] : []),
    ...t.sources.map((s) => s.section),
    ...t.related.map((r) => r.id),
  ];
}

describe('the first screen and the rest', () => {
  const all = kb.topics.map((t) => guide.topic(t.id) as TopicGuidance);

  it('leads with the principle, then two or three steps in order, then the reflection', () => {
    const t = guide.topic('gifts') as TopicGuidance;
    const { first, more } = layoutTopic(t);
    expect(first.answer).toBe(t.principle);
    expect(first.nuance).toBeNull();
    expect(first.steps.length).toBeGreaterThanOrEqual(2);
    expect(first.steps.length).toBeLessThanOrEqual(3);
    expect(first.steps.map((s) => s.n)).toEqual(first.steps.map((_, i) => i + 1));
    expect(first.reflection).toBe(t.reflection);
    expect(more.principle).toBeNull();
    expect(more.steps[0]?.n).toBe(first.steps.length + 1);
  });

  it('a fitting nuance is the answer; the principle and the other nuances move to More', () => {
    const t = { ...(guide.topic('gifts') as TopicGuidance), fit: 1 };
    const { first, more } = layoutTopic(t);
    expect(first.answer).toBe(t.nuance[1]?.then);
    expect(more.principle).toBe(t.principle);
    expect(more.nuance).not.toContain(t.nuance[1]);
    expect(more.nuance).toHaveLength(t.nuance.length - 1);
  });

  it.each(all.map((t) => [t.id, t] as const))('%s loses nothing, whatever the answer', (_id, t) => {
    for (const fit of [null, ...t.nuance.keys()]) {
      const { first, more } = layoutTopic({ ...t, fit });
      const shown = JSON.stringify({ first, more });
      for (const p of pieces(t)) expect(shown).toContain(JSON.stringify(p).slice(1, -1));
      const numbers = [...first.steps, ...more.steps].map((s) => s.n).sort((a, b) => a - b);
      expect(numbers).toEqual(t.steps.map((_, i) => i + 1));
    }
  });

  it('a third step is shown only while the screen stays within its words', () => {
    const t = guide.topic('gifts') as TopicGuidance;
    const long = 'word '.repeat(60).trim();
    const { first } = layoutTopic({ ...t, steps: [t.steps[0] as string, long, long, long] });
    expect(first.steps).toHaveLength(2);
    const short = layoutTopic({
      ...t,
      principle: 'Short.',
      steps: ['One.', 'Two.', 'Three.', 'Four.'],
    });
    expect(short.first.steps).toHaveLength(3);
    expect(firstScreenWords(short.first)).toBeLessThanOrEqual(FIRST_SCREEN_WORDS);
  });

  it("an agency's rule is always on the first screen, in its place", () => {
    const t = guide.topic('gifts') as TopicGuidance;
    const steps = ['One.', 'Two.', 'Three.', 'Our limit is $20.', 'Five.'];
    const { first, more } = layoutTopic({ ...t, steps, agencySteps: [3] });
    expect(first.steps.map((s) => s.n)).toContain(4);
    expect(first.steps.map((s) => s.n)).toEqual([...first.steps.map((s) => s.n)].sort());
    expect(more.steps.map((s) => s.text)).not.toContain('Our limit is $20.');
  });
});
