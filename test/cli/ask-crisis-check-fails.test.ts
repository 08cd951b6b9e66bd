// When the crisis check itself throws, the reply still leads with the protocol's essentials.
import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { askRecord } from '../../src/cli/ask-output.ts';
import { loadConfig } from '../../src/config.ts';
import { kb } from '../helpers.ts';

vi.mock('../../src/core/safety/crisis.ts', () => ({
  detectCrisis: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('ask when the crisis check throws', () => {
  it('gives the fallback protocol for every question', () => {
    const bot = createBot(loadConfig({}), { defaultLogLevel: 'silent', knowledge: kb });
    for (const q of ['I want to kill myself tonight', 'can I accept a gift card from a client']) {
      const r = askRecord(bot, q);
      expect(r).toMatchObject({ query: q, topic: null, safety: 'crisis', kind: 'error' });
      expect(r.text).toMatch(/^!! .*\n1\. .*911/);
      expect(r.text).toMatch(/988/);
      expect(r.text).toMatch(/supervisor/);
    }
  });
});
