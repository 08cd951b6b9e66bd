import { describe, expect, it } from 'vitest';
import { hashSlots, pack, packedFind, unpack } from '../../src/core/packed.ts';

describe('packed strings and their hash table', () => {
  it('finds every string of a list at its own index, and nothing else', () => {
    // Prefixes of one another, the empty string, accents and a string that differs in one letter:
    // a lookup must compare whole strings, not hashes or lengths alone.
    const list = ['', 'a', 'ab', 'abc', 'abd', 'ba', 'café', 'cafe', '#<ca', 'gift card'];
    const p = pack(list);
    const slots = hashSlots(p);
    expect(unpack(p)).toEqual(list);
    list.forEach((s, i) => {
      expect(packedFind(p, slots, s), s).toBe(i);
    });
    for (const absent of ['abcd', 'b', 'caf', 'gift', 'gift card ', 'A']) {
      expect(packedFind(p, slots, absent), absent).toBeUndefined();
    }
  });

  it('keeps at least half its slots empty, so a lookup of an absent string ends', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `term${i}`);
    const p = pack(list);
    const slots = hashSlots(p);
    expect(slots.length).toBeGreaterThanOrEqual(2 * list.length);
    expect(slots.filter((s) => s !== 0).length).toBe(list.length);
    for (let i = 0; i < list.length; i += 97) expect(packedFind(p, slots, `term${i}`)).toBe(i);
    expect(packedFind(p, slots, 'term5000')).toBeUndefined();
    const empty = pack([]);
    expect(packedFind(empty, hashSlots(empty), 'anything')).toBeUndefined();
  });
});
