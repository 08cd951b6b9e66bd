// How a danger, or its look-alike, is worded: "kill me now" as a sigh, a training that "made me
// want to shoot myself", self-harm told through the school years, a clinical history in Spanish,
// and a supply of medicine taken at once. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('exasperation said as a death wish', () => {
  it('gives no protocol to "kill me now" alone or a training that made one want to shoot oneself', () => {
    expectEach(
      [
        'forgot my badge AND my lunch. kill me now',
        'somebody kill me now, the county changed the billing codes again',
        'that 4 hour webinar made me want to kill myself lol. is the cert renewal due in march',
        'this compliance module makes me wanna shoot myself, can i do it in two sittings?',
      ],
      'no protocol',
    );
  });

  it('keeps "kill me now" after someone who will, and a life that makes one want to die', () => {
    expectKinds([
      ["she says her ex is going to kill me now that she's talked to me", 'violence'],
      ['my client says her life makes her want to shoot herself tonight', 'suicide'],
    ]);
  });
});

describe('a danger told as over, or as a chart', () => {
  it('reads self-harm through the school years and a Spanish clinical history as the past', () => {
    const qs = [
      'i burned myself all through middle school. a youth asked about my scars today, how much do i share',
      'Participante con antecedentes de sobredosis, ahora estable en tratamiento. ¿Lo pongo en la nota?',
    ];
    expectEach(qs, 'no protocol');
    for (const q of qs) expect(concepts(q), q).toContain('past');
  });
});

describe('a supply of medicine taken at once', () => {
  it('reads days or weeks of pills swallowed now as an overdose', () => {
    const cases = [
      ['my client just took a whole week of her seroquel, she says she is fine', 'overdose'],
      ['he swallowed like 3 days of his clonidine an hour ago and hes slurring', 'overdose'],
      ['mi cliente se tomo dos semanas de sus pastillas hace rato', 'overdose'],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) expect(concepts(q), q).toContain('tookMany');
  });

  it('leaves a week of pills picked up or set out to the question', () => {
    const q = 'can i help a client set out a week of her pills in a pill box?';
    expect(detectCrisis(q).level).not.toBe('crisis');
    expect(concepts(q)).not.toContain('tookMany');
  });
});
