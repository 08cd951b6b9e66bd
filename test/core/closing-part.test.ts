// A long story's question is usually in its closing sentences: the matcher weighs them more.
import { describe, expect, it } from 'vitest';
import { closingPart } from '../../src/core/closing-part.ts';
import { createMatcher, DEFAULT_OPTIONS } from '../../src/core/matcher.ts';
import { guide, kb } from '../helpers.ts';

const STORY =
  'Long day. I drove across the county twice, picked up a participant from the clinic, took her to the ' +
  'pharmacy and then to the food bank, and the car needed gas on the way back to the office. We talked ' +
  'the whole drive about her kids and her new apartment. When I dropped her off she handed me a gift card ' +
  'to say thank you. Can I keep the gift card or do I have to give it back?';

describe('the closing part of a message', () => {
  it('is the last sentences of a long message, back to a dozen words', () => {
    expect(closingPart(STORY)).toBe('Can I keep the gift card or do I have to give it back?');
    expect(closingPart(`${STORY} Help!`)).toBe(
      'Can I keep the gift card or do I have to give it back? Help!',
    );
  });

  it('is nothing in a short message or a long one with no sentence break', () => {
    expect(closingPart('a client handed me a gift card. can I keep it?')).toBeNull();
    expect(closingPart(STORY.replace(/[.?]/g, ''))).toBeNull();
  });

  it('pulls a story towards the topic its closing sentences ask about', () => {
    const off = createMatcher(kb, {
      ...DEFAULT_OPTIONS,
      closingWeight: 0,
      closingRerank: 0,
      prebuilt: guide.model() ?? undefined,
    });
    const share = (ranked: { id: string; score: number }[]) => {
      const gift = ranked.find((r) => r.id === 'gifts')?.score ?? 0;
      return gift / ranked.reduce((sum, r) => sum + r.score, 0);
    };
    const on = guide.match(STORY);
    expect(share(on.ranked)).toBeGreaterThan(share(off.match(STORY).ranked));
    const rank = (ranked: { id: string }[]) => ranked.findIndex((r) => r.id === 'gifts');
    expect(rank(on.ranked)).toBeLessThanOrEqual(rank(off.match(STORY).ranked));
  });

  it('is shown to curators', () => {
    const e = guide.explain?.(STORY);
    expect(e?.closing).toContain('gift');
    expect(e?.closing).not.toContain('pharmacy');
    expect(guide.explain?.('can I keep a gift card')?.closing).toEqual([]);
  });
});
