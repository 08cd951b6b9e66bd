// kb:lint's reading measures: words on the first screen, words in the principle, a
// Flesch-Kincaid grade and how often the supervisor or policy is named first.
import { describe, expect, it } from 'vitest';
import {
  checkReading,
  gradeLevel,
  measureTopic,
  READING_LIMITS,
  syllables,
} from '../../src/core/knowledge/reading.ts';
import type { KnowledgeBase, Topic } from '../../src/core/types.ts';
import { kb } from '../helpers.ts';

const base = kb.topicsById.get('gifts') as Topic;
/** A topic within every limit. */
const plain: Topic = {
  ...base,
  principle: 'Keep gifts small.',
  guidance: ['Thank the person.', 'Say no to cash.'],
  reflection: ['What does it mean to them?', 'What would a no mean?'],
};
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('reading measures', () => {
  it('counts syllables with a heuristic close to a dictionary', () => {
    expect(
      ['cat', 'table', 'make', 'agency', 'supervisor', 'boundaries', 'asked', '20'].map(syllables),
    ).toEqual([1, 2, 1, 3, 4, 3, 1, 1]);
  });

  it('grades short plain sentences low and long, many-syllable ones high', () => {
    expect(gradeLevel(['Thank the person. Say no kindly.'])).toBeLessThan(3);
    expect(
      gradeLevel([
        'Professional responsibilities necessitate comprehensive documentation of interdisciplinary consultation regarding confidentiality limitations',
      ]),
    ).toBeGreaterThan(16);
  });

  it('measures a topic as its first answer shows it', () => {
    const t: Topic = {
      ...base,
      principle: `${words(30)}.`,
      guidance: ['Ask your supervisor.', 'Check the policy.', 'Three.'],
      reflection: ['Short?', 'A longer prompt, the worst case?'],
    };
    const m = measureTopic(t);
    expect(m.principleWords).toBe(30);
    expect(m.named).toBe(2);
    // title + principle + three steps + the longest reflection
    expect(m.firstScreenWords).toBe(4 + 30 + 3 + 3 + 1 + 6); // title: Gifts, tips and favors
  });

  it('fails past a limit unless the topic is a known exception, and names stale exceptions', () => {
    const long: Topic = { ...plain, id: 'long-one', principle: `${words(40)}.` };
    const only = { ...kb, topics: [long, plain] } as KnowledgeBase;
    const failing = checkReading(only, { known: {} });
    expect(failing.errors).toEqual([
      `${long.file}: principleWords 40 is over the limit of ${READING_LIMITS.principleWords}`,
    ]);
    const excused = checkReading(only, { known: { 'long-one': ['principleWords'] } });
    expect(excused.errors).toEqual([]);
    expect(excused.excused).toHaveLength(1);
    const strict = checkReading(only, { strict: true, known: { 'long-one': ['principleWords'] } });
    expect(strict.errors).toHaveLength(1);
    const fixed = { ...kb, topics: [{ ...plain, id: 'long-one' }] };
    expect(
      checkReading(fixed as KnowledgeBase, { known: { 'long-one': ['principleWords'] } }).stale,
    ).toEqual(['long-one: principleWords']);
  });

  it('the knowledge base passes with its known exceptions', () => {
    const r = checkReading(kb);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(kb.topics.length);
  });
});
