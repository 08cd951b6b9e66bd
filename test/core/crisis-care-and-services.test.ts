// A relative pinching a patient in hospice care, a heart that fails on a bench ("like an elephant
// is sitting on his chest", gray and sweaty), a partner who will "finish it" once back home;
// beside them, look-alikes: a pill cut in half, a service cut off, a plant's cutting, a jump rope
// and a cutting horse, a draft "shot over" to a supervisor, a boss who will "shoot me when she
// sees" a mistake, and a suicide attempt years ago told with the life since. Messages of my own,
// never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('care gone wrong and services cut', () => {
  it('reads harm by a relative or a visitor to a patient in care', () => {
    expectKinds([
      [
        'at the memory care unit a visitor keeps pinching the resident and telling her to shut up, she is crying',
        'abuse',
      ],
    ]);
    expect(concepts('in hospice now, her son keeps yanking her arm')).toContain('dependent');
  });

  it('reads a heart attack told by its signs, not as suicide', () => {
    expectKinds([
      [
        'on the walk at the lake my member sat down, says it feels like something heavy is pressing on his chest and he looks gray and sweaty',
        'medical',
      ],
    ]);
    const { kinds } = detectCrisis(
      'he is on the bench by the pier, pale and clammy, says an elephant is sitting on his chest',
    );
    expect(kinds).toContain('medical');
    expect(kinds).not.toContain('suicide');
  });

  it('reads a threat to finish it once back home as violence', () => {
    expectKinds([
      [
        'she texted me from the closet, her husband told her he will finish it when he gets home from the bar',
        'violence',
      ],
    ]);
  });

  it('still reads self-harm and a threat beside the things now left alone', () => {
    expectKinds([
      ['she is cutting again in the staff bathroom and will not open the door', 'self-harm'],
      ['he said he is gonna shoot the manager when she gets here tonight', 'violence'],
    ]);
    // A body part cut in half is no pill split.
    expectEach(['he says he will cut her face in half when she gets home tonight'], 'crisis');
  });

  it('gives no line to a pill split, a service cut off, a cutting or a rope to jump', () => {
    expectEach(
      [
        'member asked if he can cut his gabapentin in half to stretch it till refill, what do i say as a peer',
        'client asked me if she can cut her pills in two, not my call right',
        'the utility says they are cutting it off friday, can i help him apply for the assistance program',
        'a resident gave me a succulent cutting from her windowsill, is that a gift i report',
        'youth center wants jump ropes and a double dutch team, any boundary issue if i coach',
      ],
      null,
    );
  });

  it('gives no protocol to a draft sent, a boss who will shoot me when she sees, or an attempt years ago', () => {
    expectEach(
      [
        'gonna shoot the draft over to my sup, can client initials go in the subject line',
        'my supervisor is gonna shoot me when she sees the mileage log lol',
        'a young man tried to overdose on purpose back in 2019, now he is finishing college and sent me his graduation invitation, can i go',
      ],
      'no protocol',
    );
  });
});
