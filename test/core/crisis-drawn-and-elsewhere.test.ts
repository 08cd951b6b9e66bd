// A weapon being drawn, two people down and blue, someone followed day after day and there again,
// a weapon shown to another person (violence, not a means for oneself); beside them, a time word
// that belongs to something else (a drill tonight, a break "rn", nobody in trouble right now), a
// thing of the day after "after today", "back in the day", a survivor's story told with a life
// rebuilt, someone generic the asker may come upon or who may bring a weapon, things given away
// for a retirement or a move. Messages of my own,
// never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a weapon drawn, two people down and blue, someone followed, a weapon shown', () => {
  it('gives the protocol with the right kind', () => {
    expectKinds([
      ['man in the lobby pulling a box cutter on the security guard', 'violence'],
      ['found 2 guys behind the dumpster, both gray and not moving', 'overdose'],
      [
        'a member says a man in a gray truck has been following her for 4 days and he is outside the clinic again',
        'violence',
      ],
      [
        'her ex pulled up at the clinic door and showed her a pistol in his lap, she is inside shaking',
        'violence',
      ],
    ]);
  });
});

describe('a time word of something else, a past told with a life rebuilt, a what-if', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'my back is killing me after today’s outreach walk, any stretches',
        'back in the day i used to sleep under the overpass, drove over it tonight and felt grateful',
        'a resident told me today she overdosed at 17 and is so grateful she survived, now she runs a sober house',
        'if i come across someone slumped at the bus stop on my route, narcan first or 911 first?',
        'for the new safety binder: if someone brought a gun into group, who calls 911?',
        'we ran a seizure drill tonight on a dummy, what do you time again?',
        'on my lunch break rn reading about suicide prevention for my cert class, is QPR still taught?',
        'nobody is in danger right now but if i saw a client on the roof ledge what would i say first',
        'my sup is retiring and giving away her desk plants and books, can a client take one',
      ],
      'no protocol',
    );
  });

  it('still reads a danger told beside those words', () => {
    expectKinds([
      ['she gave me her phone charger and said she wont need it after today', 'suicide'],
      ['during the drill tonight a real client collapsed and is not breathing', 'medical'],
      ['my client is pulling a knife on his roommate in the kitchen right now', 'violence'],
    ]);
    expect(
      detectCrisis('i am on break rn and my client just texted that he took all his pills').level,
    ).toBe('crisis');
  });
});
