// How the crisis classifier's thresholds are chosen (src/evaluation/crisis-training.ts): the bars
// that give the protocol share one alarm budget, so the search spends it where a crisis costs
// fewest alarms, and never past the budget.
import { describe, expect, it } from 'vitest';
import type { RuleReading } from '../../src/core/safety/crisis.ts';
import { chooseThresholds, figures, type Scored } from '../../src/evaluation/crisis-training.ts';
import { ruleReading } from '../support/rule-reading.ts';

function scored(n: number, crisis: boolean, p: number, over: Partial<RuleReading>): Scored[] {
  const reading = ruleReading(over);
  return Array.from({ length: n }, (_, i) => ({
    item: {
      q: `${crisis}-${p}-${i}`,
      crisis,
      kind: crisis ? 'suicide' : undefined,
      source: 'corpus',
    },
    reading,
    c: { p, kind: 'suicide', also: null, top: [] },
  }));
}

describe('choosing the crisis thresholds', () => {
  // 200 quiet non-crises; 10 crises told with a framing ("probably nothing, but") the classifier
  // is sure of; 10 crises it only half suspects, beside 5 look-alikes it suspects a little more;
  // one framed look-alike it is almost sure of.
  const data = [
    ...scored(200, false, 0.05, {}),
    ...scored(10, true, 0.96, { guarded: true }),
    ...scored(10, true, 0.6, {}),
    ...scored(5, false, 0.62, {}),
    ...scored(1, false, 0.97, { guarded: true }),
  ];

  it('spends the alarm budget on the framed crises, one alarm for ten, not on five alarms for ten', () => {
    const t = chooseThresholds(data, [], 0.02, 0.01);
    expect(t.override).toBeLessThanOrEqual(0.96);
    expect(t.crisis).toBeGreaterThan(0.62);
    const f = figures(data, t);
    expect([f.caught, f.alarms]).toEqual([10, 1]);
  });

  it('goes as low as the budget allows, down to 0.2, but overrides a framing only from 0.8', () => {
    // A classifier that also learned ordinary questions is seldom over a third sure of a crisis
    // the rules missed, and of no look-alike at all here; a framing the rules read (the past,
    // "probably nothing") is overridden only from 0.8.
    const low = [
      ...scored(200, false, 0.05, {}),
      ...scored(10, true, 0.3, {}),
      ...scored(10, true, 0.85, { guarded: true }),
      ...scored(10, true, 0.6, { guarded: true }),
    ];
    const t = chooseThresholds(low, [], 0.02, 0.01);
    expect(t.crisis).toBeLessThanOrEqual(0.3);
    expect(t.override).toBeLessThanOrEqual(0.85);
    expect(t.override).toBeGreaterThanOrEqual(0.8);
    expect(figures(low, t)).toMatchObject({ caught: 20, alarms: 0 });
  });

  it('keeps every bar shut when the budget allows no alarm', () => {
    const t = chooseThresholds(data, [], 0, 0.01);
    expect(figures(data, t).alarms).toBe(0);
    expect(t.override ?? 2).toBeGreaterThan(0.97);
  });
});
