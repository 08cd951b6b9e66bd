// Withdrawal told by its signs (sweat, bugs that are not there, not knowing the year) and an
// allergy told by its signs (a tight throat, hives, a sting) are medical emergencies; a threat to
// put someone in the hospital, ending it on a condition ("if they discharge him") and a child
// whipped with a cord are read by the rules; beside them, look-alikes: not wanting to live in a
// place, not seeing the point of a class, "you deserve it" said in thanks, a seizure at last
// year's holiday, jumping in to help, an outing being planned, "report that", a goodbye never
// said. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('withdrawal and allergy told by their signs', () => {
  it('reads alcohol withdrawal with confusion as a medical emergency', () => {
    expectKinds([
      [
        'home visit today, he told me he stopped drinking on his own four days ago. his hands are shaking hard, he is soaked in sweat, picking at bugs on the wall that are not there and asked me what year it is',
        'medical',
      ],
    ]);
    // Sweat and confusion alone are two signs.
    expect(explainCrisis('he is soaked in sweat and asked me what year it is').rules).toContain(
      'two-signs (crisis medical)',
    );
  });

  it('reads a sting with a tight throat and hives as a medical emergency', () => {
    expectKinds([
      [
        'my coworker is at the community garden with a resident who got stung by bees while weeding. she says her throat is getting tight and there are hives all over her neck. should she drive her to urgent care',
        'medical',
      ],
    ]);
    // A throat tight with feeling is no allergy.
    expect(concepts('my throat gets tight when i talk about my dad in supervision')).not.toContain(
      'weakSign',
    );
  });
});

describe('words of danger that are about something else', () => {
  it('gives no protocol to a place, a class, thanks, a past holiday or jumping in to help', () => {
    expectEach(
      [
        'my participant says he does not want to live in the city anymore and wants to move back to the valley, do i help with that',
        'a member wrote on a thank you card "you deserve it" with a coffee card after his appeal went through, can i keep it',
        'last christmas a resident had a seizure in the dining room, we called 911 and she was fine. how do i plan this year for the party',
        'if one of my kids ever slipped in the pool at the swim outing, do i jump in or call the lifeguard, planning the outing rn',
      ],
      null,
    );
    // Not seeing the point of a class may be low spirits: the line at most.
    expectEach(
      ['she does not see the point of the budgeting class, says it is boring. do i push it'],
      'no protocol',
    );
  });

  it('still reads the same words when they speak of dying or of harm', () => {
    expectKinds([
      [
        'he told me he does not want to live anymore and has his pills lined up on the table',
        'suicide',
      ],
      ['she says she does not see the point in living and gave away her cat today', 'suicide'],
      ['i cut again tonight, i deserve it', 'self-harm'],
    ]);
    expect(
      detectCrisis('he is standing at the end of the pier saying he will jump in tonight').level,
    ).toBe('crisis');
  });
});

describe('threats, conditions, discipline and a report to make', () => {
  it('reads a threat to put someone in the hospital and ending it on a condition by the rules', () => {
    expect(
      explainCrisis(
        'my client told me her brother is going to put her ex in the hospital tonight when he finds him',
      ).rules,
    ).toContain('threat-with-means (crisis violence)');
    expect(
      explainCrisis(
        "member said he'll end it if they discharge him from the unit tomorrow, he means it",
      ).rules,
    ).toContain('suicide-talk (crisis suicide)');
  });

  it('reads a child whipped with a cord as abuse, and "report that" as a report to make', () => {
    expectKinds([
      [
        "a resident told me her aunt whips her 8 yr old with an extension cord when she's mad. do i have to report that",
        'abuse',
      ],
    ]);
    expect(concepts('he hits the kids sometimes, do i have to report that')).not.toContain('media');
  });

  it('reads a goodbye never said as no farewell', () => {
    expect(
      explainCrisis(
        'when services end my coworker never actually says goodbye, he just stops scheduling them. how do i bring it up',
      ).rules,
    ).not.toContain('known-phrase (crisis suicide)');
  });
});
