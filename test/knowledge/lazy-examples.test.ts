// The example questions cross from the reload worker as one JSON string, parsed on the main
// thread only when read: the knowledge behaves exactly as before, and a reload that only builds
// a guide and answers never parses them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KNOWLEDGE_MODEL } from '../../src/config.ts';
import { createGuide } from '../../src/core/guide.ts';
import { buildIndex, DEFAULT_OPTIONS } from '../../src/core/matcher.ts';
import type { KnowledgeBase } from '../../src/core/types.ts';
import { restoreExamples, takeExamples } from '../../src/knowledge/lazy-examples.ts';
import { readModel, shippedIndex } from '../../src/knowledge/model-file.ts';
import { guide, kb } from '../helpers.ts';

/** What the main thread gets: the worker's knowledge, copied between threads as postMessage
 * does (structured clone), with the examples given back. */
function received() {
  const worker = structuredClone(kb);
  const examples = takeExamples(worker);
  const copy = structuredClone({ kb: worker, examples });
  const parse = vi.spyOn(JSON, 'parse');
  restoreExamples(copy.kb, copy.examples);
  // Only this string's parses: the test runner may parse other JSON meanwhile.
  const parses = () => parse.mock.calls.filter(([text]) => text === examples.json).length;
  return { kb: copy.kb, parses };
}

const withExamples = kb.topics.filter((t) => t.examples).length;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('example questions sent as one string', () => {
  it('the knowledge has thousands of them, in most topics but not all', () => {
    expect(kb.topics.reduce((n, t) => n + (t.examples?.length ?? 0), 0)).toBeGreaterThan(3_000);
    expect(withExamples).toBeGreaterThan(10);
    expect(withExamples).toBeLessThanOrEqual(kb.topics.length);
  });

  it('are not parsed until read, then once for all topics, and read as before', () => {
    const r = received();
    // Which topics have them, and the topics' keys, are known without parsing.
    for (const [i, t] of r.kb.topics.entries()) {
      const before = kb.topics[i] as (typeof kb.topics)[number];
      expect('examples' in t).toBe('examples' in before);
      expect(Object.keys(t).sort()).toEqual(Object.keys(before).sort());
      expect(r.kb.topicsById.get(t.id)).toBe(t);
    }
    expect(r.parses()).toBe(0);

    const first = kb.topics.findIndex((t) => t.examples);
    expect(r.kb.topics[first]?.examples).toEqual(kb.topics[first]?.examples);
    expect(r.parses()).toBe(1);
    for (const [i, t] of r.kb.topics.entries()) expect(t.examples).toEqual(kb.topics[i]?.examples);
    expect(r.kb).toEqual(kb);
    expect(r.parses()).toBe(1);
    // Plain data from then on: the same array at each read, and JSON as before.
    expect(r.kb.topics[first]?.examples).toBe(r.kb.topics[first]?.examples);
    expect(JSON.stringify(r.kb.topics)).toBe(JSON.stringify(kb.topics));
  });

  it('can be replaced or removed like any property, read or not', () => {
    const r = received();
    const [a, b] = r.kb.topics.filter((t) => 'examples' in t) as [
      KnowledgeBase['topics'][number],
      KnowledgeBase['topics'][number],
    ];
    a.examples = ['a new example'];
    expect(a.examples).toEqual(['a new example']);
    expect(r.parses()).toBe(0);
    delete b.examples;
    expect('examples' in b).toBe(false);
    a.examples.push('one more');
    expect(a.examples).toEqual(['a new example', 'one more']);
    // The others still read from the string.
    const c = r.kb.topics.find((t) => t !== a && t !== b && 'examples' in t);
    expect(c?.examples).toEqual(kb.topicsById.get(c?.id ?? '')?.examples);
    expect(r.parses()).toBe(1);
    expect(a.examples).toEqual(['a new example', 'one more']);
    expect('examples' in b).toBe(false);
  });

  it('a guide built with the worker-built index answers without parsing them', () => {
    const r = received();
    const shipped = readModel(KNOWLEDGE_MODEL);
    const index = shippedIndex(shipped, kb) ?? buildIndex(kb);
    const g = createGuide(r.kb, {
      engineOptions: { ...DEFAULT_OPTIONS, prebuilt: guide.model() ?? undefined, index },
    });
    for (const q of ['a client offered me a $20 gift card', 'can I friend a client on facebook'])
      expect(g.answer(q, { reflectionIndex: 0 })).toEqual(guide.answer(q, { reflectionIndex: 0 }));
    expect(r.parses()).toBe(0);
  });
});
