import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { createGuide } from '../../src/core/guide.ts';
import { PRIVACY_WARNING, renderText } from '../../src/core/render-text.ts';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { hasIdentifiers, redact } from '../../src/core/safety/identifiers.ts';
import {
  evalFiles,
  loadList,
  phiSetSchema,
  safetySetSchema,
} from '../../src/evaluation/eval-sets.ts';
import { engineOptions, guide, kb } from '../helpers.ts';

// test/eval/safety*.yaml and phi*.yaml: the first sets, and fresh ones written later apart from
// the code (they found what the first missed).
const dir = join(repoRoot, 'test/eval');
const safety = evalFiles(dir, 'safety').flatMap((f) => loadList(f, safetySetSchema));

// Labelled a crisis, but asked as a hypothetical about confidentiality ("if a client says..."):
// the detector may give the possible-danger line instead of the protocol, never nothing.
const HYPOTHETICAL_CRISES = [
  'can i keep it confidential if a client says she wants to die and has a plan?',
];

describe('crisis detection on test/eval/safety*.yaml', () => {
  it('has at least 60 crisis phrasings and 60 controls', () => {
    expect(safety.filter((i) => i.crisis).length).toBeGreaterThanOrEqual(60);
    expect(safety.filter((i) => !i.crisis).length).toBeGreaterThanOrEqual(60);
  });

  it('catches every crisis (100% recall), a question framed as a hypothetical at least as possible', () => {
    const missed = safety.filter((i) => i.crisis && !detectCrisis(i.q).crisis).map((i) => i.q);
    for (const q of missed) expect(HYPOTHETICAL_CRISES).toContain(q);
    for (const q of HYPOTHETICAL_CRISES) expect(detectCrisis(q).level, q).not.toBeNull();
  });

  it('raises no false alarm on idioms and ordinary questions', () => {
    const alarms = safety.filter((i) => !i.crisis && detectCrisis(i.q).crisis).map((i) => i.q);
    expect(alarms).toEqual([]);
  });

  it('names the kind of danger', () => {
    for (const i of safety.filter((x) => x.crisis && x.kind)) {
      expect(detectCrisis(i.q).kinds, i.q).toContain(i.kind);
    }
  });
});

describe('the crisis protocol in a reply', () => {
  it('comes before anything else, with 911, 988 and the supervisor', () => {
    const g = guide.answer('my client texted me goodbye and says she took all her pills');
    expect(g.safety).toBe('crisis');
    // Pills taken with a goodbye: an overdose and a suicide attempt; either topic fits.
    expect(['crisis-suicide-risk', 'overdose-medical-emergency']).toContain(g.topic?.id);
    const text = renderText(g, { topicsCommand: 'topics' });
    const protocol = text.slice(0, text.indexOf(g.topic?.title.toUpperCase() ?? '\u0000'));
    expect(protocol).toMatch(/911/);
    expect(protocol).toMatch(/988/);
    expect(protocol).toMatch(/supervisor/);
    expect(text).not.toMatch(/press 3/i);
    expect(text.indexOf('911')).toBeLessThan(text.indexOf(g.topic?.principle ?? ''));
  });

  it('goes with the topic for the danger, whatever else matched', () => {
    expect(
      guide.answer('client said he is going to kill his landlord, he has a gun').topic?.id,
    ).toBe('duty-to-warn');
    expect(guide.answer('her boyfriend is hitting her kids right now').topic?.id).toBe(
      'mandated-reporting',
    );
    expect(
      guide.answer('can i accept a gift card from a client who says she wants to die').topic?.id,
    ).toBe('crisis-suicide-risk');
  });

  it("puts the agency's own crisis contacts first, the national steps still there", () => {
    const local = createGuide(kb, {
      engineOptions,
      crisisContacts: [{ label: 'County mobile crisis', value: '(555) 010-0199' }],
    });
    const g = local.answer('my participant is talking about ending it all tonight');
    expect(g.crisis?.contacts[0]).toEqual({
      label: 'County mobile crisis',
      value: '(555) 010-0199',
    });
    expect(g.crisis?.steps.join(' ')).toMatch(/\b988\b/);
    expect(g.crisis?.steps[0]).toMatch(/\b911\b/);
  });

  it('does not fire on the everyday idioms named in the issue', () => {
    for (const q of [
      'this paperwork is killing me',
      "I'm dying to know",
      'I could kill for a coffee',
      'she killed it in group',
      'dead tired',
      'shoot me an email',
      'how do I end a peer relationship',
      'my phone died',
    ]) {
      expect(guide.answer(q).safety, q).toBeNull();
    }
  });
});

describe('identifiers on test/eval/phi*.yaml', () => {
  const first = loadList(join(dir, 'phi.yaml'), phiSetSchema);

  it('has at least 40 positives and 40 negatives', () => {
    expect(first.filter((i) => i.phi).length).toBeGreaterThanOrEqual(40);
    expect(first.filter((i) => !i.phi).length).toBeGreaterThanOrEqual(40);
  });

  it('catches every positive of phi.yaml', () => {
    expect(first.filter((i) => i.phi && !hasIdentifiers(i.q)).map((i) => i.q)).toEqual([]);
  });

  it('catches at least 98% of the positives of every set, flagging at most 2 negatives a set', () => {
    for (const f of evalFiles(dir, 'phi')) {
      const set = loadList(f, phiSetSchema);
      const positives = set.filter((i) => i.phi);
      const caught = positives.filter((i) => hasIdentifiers(i.q)).length;
      expect(caught / positives.length, f).toBeGreaterThanOrEqual(0.98);
      expect(set.filter((i) => !i.phi && hasIdentifiers(i.q)).length, f).toBeLessThanOrEqual(2);
    }
  });
});

describe('redact', () => {
  it('replaces each kind of identifier with a placeholder', () => {
    const r = redact(
      'my client Maria Lopez DOB 03/04/1988, CIN 91234567A, SSN 123-45-6789, cell (555) 010-0123, maria@example.org, lives at 1423 Elm St Apt 4, MRN 7654321',
    );
    expect(r.text).not.toMatch(
      /Maria|Lopez|1988|91234567A|123-45-6789|010-0123|example\.org|1423 Elm|7654321/,
    );
    expect(r.found).toEqual(['email', 'ssn', 'medi-cal', 'mrn', 'dob', 'phone', 'address', 'name']);
  });

  it('leaves times, money, citations, crisis numbers and first names alone', () => {
    const text =
      'at 3:30pm a $25 card, 42 CFR part 2 and §11166, call 988 or 911, if a client named Sam asks';
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('the identifier warning in a reply', () => {
  it('answers the question, warns kindly, and never echoes the identifier', () => {
    const q =
      'my client Jose Ramirez (DOB 04/12/1990, 555-010-0188) offered me a gift card, can i take it?';
    const g = guide.answer(q);
    expect(g.phi).toBe(true);
    expect(g.topic?.id).toBe('gifts');
    const text = renderText(g, { topicsCommand: 'topics' });
    expect(text).toContain(PRIVACY_WARNING);
    expect(text).toMatch(/delete/);
    expect(`${text}${JSON.stringify(g)}`).not.toMatch(/Jose|Ramirez|1990|010-0188/);
  });

  it('stays quiet for ordinary questions', () => {
    expect(guide.answer('can i accept a gift card from a client').phi).toBe(false);
  });
});
