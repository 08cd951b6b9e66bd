// The reply when answering fails: the crisis essentials, with the agency's contacts first.
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { renderFallbackText } from '../../src/core/render-text.ts';
import { fallbackProtocol } from '../../src/core/safety/protocol.ts';
import { kb } from '../helpers.ts';

describe('fallbackProtocol', () => {
  it('carries 911, 988 and the supervisor, with no knowledge at all', () => {
    const text = renderFallbackText(fallbackProtocol());
    expect(text).toMatch(/^!! SORRY/);
    expect(text).toMatch(/^1\. .*911/m);
    expect(text).toMatch(/988/);
    expect(text).toMatch(/supervisor/);
    expect(text).not.toMatch(/press 3/i);
  });

  it("lists the agency's contacts for any danger, each once; the national numbers are steps", () => {
    const p = fallbackProtocol([
      { label: 'On-call supervisor', value: 'ext. 4100' },
      { label: 'Child welfare hotline', value: '555-0110', kinds: ['abuse'] },
      { label: 'On-call supervisor', value: 'ext. 4100' },
    ]);
    expect(p.contacts).toEqual([{ label: 'On-call supervisor', value: 'ext. 4100' }]);
    const text = renderFallbackText(p);
    expect(text.match(/\b911\b/g)).toHaveLength(1);
    expect(text.match(/\b988\b/g)).toHaveLength(1);
  });
});

describe('bot.fallback', () => {
  const config = loadConfig({ CRISIS_CONTACTS: 'County mobile crisis: (555) 010-0199' });

  it("adds the settings' and the knowledge's own contacts", () => {
    const bot = createBot(config, { defaultLogLevel: 'silent', knowledge: kb });
    const labels = bot.fallback().contacts.map((c) => c.label);
    expect(labels[0]).toBe('County mobile crisis');
    // Knowledge contacts meant for one kind of danger (Poison Help) stay off a card of no kind.
    expect(labels).toEqual([
      'County mobile crisis',
      ...kb.crisis.contacts.filter((c) => !c.kinds).map((c) => c.label),
    ]);
  });

  it('still gives the protocol when the knowledge cannot be read', () => {
    const broken = { ...kb, crisis: undefined as never };
    const bot = createBot(config, { defaultLogLevel: 'silent', knowledge: broken });
    expect(bot.fallback().contacts[0]?.label).toBe('County mobile crisis');
    expect(renderFallbackText(bot.fallback())).toMatch(/911[\s\S]*988[\s\S]*supervisor/);
  });
});
