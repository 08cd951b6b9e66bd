import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/core/knowledge/load.ts';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { crisisProtocol } from '../../src/core/safety/protocol.ts';
import type { CrisisKind } from '../../src/core/types.ts';

const kb = loadKnowledge(new URL('../../knowledge/', import.meta.url).pathname);
const KINDS: CrisisKind[] = ['suicide', 'self-harm', 'overdose', 'medical', 'violence', 'abuse'];
const card = (kinds: CrisisKind[], contacts = [] as { label: string; value: string }[]) =>
  crisisProtocol(kb.crisis, kinds, contacts);
const all = (c: ReturnType<typeof card>) =>
  [...c.steps, ...c.contacts.map((x) => `${x.label} ${x.value}`)].join('\n');
const times = (text: string, n: string) => text.match(new RegExp(`\\b${n}\\b`, 'g'))?.length ?? 0;
const pairs = KINDS.flatMap((a, i) => KINDS.slice(i).map((b) => [a, b] as CrisisKind[]));

describe('the crisis card for each kind of danger', () => {
  it.each(pairs)('%s + %s: 911 first, the supervisor named, no number given twice', (a, b) => {
    const c = card([a, b]);
    expect(c.steps[0]).toMatch(/\b911\b/);
    expect(all(c)).toMatch(/supervisor/i);
    for (const n of ['911', '988', '1-800-222-1222'])
      expect(times(all(c), n)).toBeLessThanOrEqual(1);
  });

  it.each(KINDS)('violence with %s never tells the worker to stay near the person', (k) => {
    const c = card(['violence', k]);
    expect(c.kinds[0]).toBe('violence');
    expect(c.steps.join(' ')).not.toMatch(/\bstay\b|with them|with the person|rescue breaths/i);
    expect(c.steps.join(' ')).toMatch(/safe place/);
    expect(c.steps.join(' ')).toMatch(/Never try to take a weapon/);
  });

  it('overdose: naloxone for any suspected overdose, breathing, recovery position; no hedge', () => {
    const text = card(['overdose']).steps.join('\n');
    expect(text).toMatch(/naloxone.*any suspected overdose/i);
    expect(text).toMatch(/breath/i);
    expect(text).toMatch(/recovery position/);
    expect(text).not.toMatch(/trained|opioid overdose/i);
    // 988 is not a medical line: it comes after the steps that keep the person alive.
    expect(text.indexOf('988')).toBeGreaterThan(text.indexOf('Stay until help arrives'));
    expect(card(['medical']).steps.join(' ')).not.toMatch(/\b988\b/);
  });

  it('abuse: the phone report, to whom, the written deadlines; a supervisor is not a report', () => {
    const text = card(['abuse']).steps.join('\n');
    expect(text).toMatch(/by phone yourself, right away/);
    expect(text).toMatch(/county child welfare or the police or sheriff/);
    expect(text).toMatch(/Adult Protective Services \(APS\) or the police/);
    expect(text).toMatch(/ombudsman/);
    expect(text).toMatch(/36 hours/);
    expect(text).toMatch(/two working days/);
    expect(text).toMatch(/Telling a supervisor is not a report/);
    expect(text).not.toMatch(/\btoday\b/);
  });

  it('suicide and self-harm give 988, and the most urgent kind leads', () => {
    for (const k of ['suicide', 'self-harm'] as const)
      expect(card([k]).steps.join(' ')).toMatch(/\b988\b/);
    expect(card(['suicide']).steps.join(' ')).toMatch(/Press 1 for veterans, 2 for Spanish/);
    const both = card(['suicide', 'overdose']);
    expect(both.kinds).toEqual(['overdose', 'suicide']);
    expect(both.steps[0]).toBe(kb.crisis.kinds.overdose[0]?.text);
    expect(both.steps.join(' ')).toMatch(/\b988\b/);
  });

  it('with no kind known, still gives 911, 988 and the supervisor', () => {
    const text = card([]).steps.join(' ');
    for (const must of [/\b911\b/, /\b988\b/, /supervisor/]) expect(text).toMatch(must);
  });
});

describe("an agency's contacts for some kinds of danger", () => {
  const config = loadConfig({
    CRISIS_CONTACTS:
      'County mobile crisis: 555-0100; Child welfare hotline [abuse]: 555-0110; APS [abuse, medical]: 555-0120',
  });

  it('are parsed from CRISIS_CONTACTS and shown only on the cards they are for', () => {
    expect(config.crisisContacts[1]).toEqual({
      label: 'Child welfare hotline',
      value: '555-0110',
      kinds: ['abuse'],
    });
    const labels = (kinds: CrisisKind[]) =>
      card(kinds, config.crisisContacts).contacts.map((c) => c.label);
    expect(labels(['abuse'])).toEqual(['County mobile crisis', 'Child welfare hotline', 'APS']);
    expect(labels(['suicide'])).toEqual(['County mobile crisis']);
    expect(labels(['overdose'])).toEqual(['County mobile crisis', 'Poison Help (24/7)']);
  });

  it('refuse a kind that does not exist, naming the choices', () => {
    expect(() => loadConfig({ CRISIS_CONTACTS: 'Hotline [abuz]: 555-0110' })).toThrow(
      /suicide, self-harm, overdose, medical, violence, abuse/,
    );
  });
});

describe('a threat to oneself', () => {
  // The violence card keeps the worker away from the person; a suicidal message must never get it.
  const subjects = ['I want to', 'im gonna', 'she said she will', 'he is going to', 'they want to'];
  const acts = ['kill', 'hurt', 'stab', 'shoot'];
  const selves = ['myself', 'herself', 'himself', 'themselves'];
  const when = ['tonight', 'today', 'tomorrow', 'if nothing changes', 'when he gets home'];
  const messages = subjects.flatMap((s) =>
    acts.flatMap((a) => selves.map((m, i) => `${s} ${a} ${m} ${when[i % when.length]}`)),
  );

  it.each(messages)('"%s" is not read as violence towards others', (m) => {
    const d = detectCrisis(m);
    expect(d.crisis).toBe(true);
    expect(d.kinds).not.toContain('violence');
  });
});
