import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.knowledgeDir).toMatch(/knowledge$/);
    expect(c.logLevel).toBeUndefined();
    expect(c.logQuestions).toBe('off');
    expect(c.crisisContacts).toEqual([]);
  });

  it('names each invalid variable and what it expects', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud', LOG_QUESTIONS: 'all' })).toThrow(
      /LOG_LEVEL: .*expected fatal, error, warn, info, debug, trace, silent[\s\S]*LOG_QUESTIONS: .*expected off or redacted/,
    );
  });

  it('reads the agency crisis contacts', () => {
    const c = loadConfig({
      CRISIS_CONTACTS: 'County mobile crisis: (555) 010-0199; On-call supervisor: ext. 4100',
    });
    expect(c.crisisContacts).toEqual([
      { label: 'County mobile crisis', value: '(555) 010-0199' },
      { label: 'On-call supervisor', value: 'ext. 4100' },
    ]);
    expect(() => loadConfig({ CRISIS_CONTACTS: 'just a number 555' })).toThrow(
      /CRISIS_CONTACTS: .*Label: contact/,
    );
  });
});
