// Expectations on the crisis check shared by its tests: a level for each message, or the
// protocol (or at least the line) with the kind named.
import { expect } from 'vitest';
import { detectCrisis, explainCrisis, type SafetyLevel } from '../../src/core/safety/crisis.ts';
import type { CrisisKind } from '../../src/core/types.ts';

export const level = (q: string) => detectCrisis(q).level;

/** The concepts found in a message, by name. */
export const concepts = (q: string) => explainCrisis(q).concepts.map(([c]) => c);

/** Each message gets `want`; "no protocol" allows the line, never the protocol. */
export function expectEach(qs: readonly string[], want: SafetyLevel | 'no protocol') {
  for (const q of qs) {
    if (want === 'no protocol') expect(level(q), q).not.toBe('crisis');
    else expect(level(q), q).toBe(want);
  }
}

/** Each message gets the protocol (or, with `lineAtLeast`, any level) and names its kind. */
export function expectKinds(
  cases: readonly (readonly [string, CrisisKind])[],
  lineAtLeast = false,
) {
  for (const [q, kind] of cases) {
    const c = detectCrisis(q);
    if (lineAtLeast) expect(c.level, q).not.toBeNull();
    else expect(c.level, q).toBe('crisis');
    expect(c.kinds, q).toContain(kind);
  }
}
