// The guide works with any matcher behind the seam: safety still comes first, and the topic is
// whatever the matcher confidently picks.
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/guide.ts';
import type { Matcher } from '../../src/core/matching.ts';
import { plainFuse, plainMiniSearch } from '../../src/evaluation/baselines.ts';
import { guide as engine, kb } from '../helpers.ts';

const DANGER = 'my participant is talking about ending it all tonight';
const EASY = 'can I accept a gift card from a client';

describe('a guide with a plain baseline as its matcher', () => {
  const fuse = createGuide(kb, { matcher: plainFuse(kb) });
  const mini = createGuide(kb, { matcher: plainMiniSearch(kb) });

  it.each([
    ['fuse.js', fuse],
    ['MiniSearch', mini],
  ])('%s: a danger message gets the crisis protocol and the crisis topic', (_, guide) => {
    const g = guide.answer(DANGER);
    expect(g.safety).toBe('crisis');
    expect(g.crisis?.steps[0]).toMatch(/\b911\b/);
    expect(g.topic?.id).toBe('crisis-suicide-risk');
  });

  it.each([
    ['fuse.js', fuse],
    ['MiniSearch', mini],
  ])('%s: an easy question gets its topic, with a confidence in [0,1]', (_, guide) => {
    const g = guide.answer(EASY);
    expect(g.kind).toBe('topic');
    expect(g.topic?.id).toBe('gifts');
    expect(g.confidence).toBeGreaterThan(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
    const m = guide.match(EASY);
    expect(m.topic).toBe(m.ranked[0]?.id);
    expect(m.close).toEqual([]);
    const scores = m.ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('greetings are still small talk, whatever the matcher', () => {
    expect(mini.answer('hi there').kind).toBe('help');
  });
});

describe('a matcher without explain or learned weights', () => {
  let asked = '';
  const stub: Matcher = {
    match(text) {
      asked = text;
      return { ranked: [{ id: 'gifts', score: 1 }], topic: 'gifts', confidence: 0.9, close: [] };
    },
  };
  const guide = createGuide(kb, { matcher: stub });

  it('answers with its topic; the guide says it has no explanation and no weights', () => {
    expect(guide.answer('anything about a present').topic?.id).toBe('gifts');
    expect(asked).toBe('anything about a present');
    expect(guide.explain).toBeUndefined();
    expect(guide.model()).toBeNull();
  });

  it('the default engine explains and keeps its weights', () => {
    expect(engine.explain?.(EASY).terms.length).toBeGreaterThan(0);
    expect(engine.model()).not.toBeNull();
  });
});
