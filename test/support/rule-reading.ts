// A reading of the crisis rules for tests of how the classifier joins them: nothing found, a
// sign of danger shown, and whatever a test sets on top.
import type { RuleReading } from '../../src/core/safety/crisis.ts';

export const ruleReading = (over: Partial<RuleReading>): RuleReading => ({
  level: null,
  kinds: [],
  suspected: [],
  features: [],
  guarded: false,
  self: null,
  others: false,
  signs: true,
  ...over,
});
