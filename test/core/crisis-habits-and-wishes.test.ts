// A place kept by habit (a walk on a bridge, lunch on a roof), a boss's reaction ("gonna have a
// heart attack when she sees"), wishes of luck ("break a leg", "she's gonna slay"), joy ("im
// screaming"), a client who says the worker is "the only one who gets her", a work's plot told in
// a clause, a milestone counted without the danger; beside them, an exam's framing said to be live
// and the same words with a danger. Messages of my own, never a set's sentences.
import { describe, it } from 'vitest';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('habits, reactions, wishes and being understood', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'i usually meet my guy on the overpass by the library since he hates waiting rooms, ok for check ins?',
        'we jog across the bridge every thursday as our session, is that still a session if we talk the whole time',
        'took my break on the roof of the clinic today, only place without a printer going',
        'my director is going to have a stroke when he reads my timesheet this month',
        'told my participant to break a leg at her job interview, can i text her after to ask how it went',
        'my client has his first open mic friday, he is gonna crush it. can i go watch?',
        'he keeps saying i am the only person who gets him. flattered but is that a boundary problem',
        'i do not want to be the one who gets her fired but she smelled like beer at group today, do i tell my sup',
        'the show where the mom overdoses in season two hit close to home, can i bring it up in group',
        'she said this is the longest she has gone without cutting, we celebrated with cupcakes, ok to post in the team chat without her name?',
        'im screaming, my participant passed her GED today. can i take her to lunch',
      ],
      'no protocol',
    );
  });

  it('reads an exam question said to be live as what it tells', () => {
    expectKinds([
      [
        'test q format but its live: cps or 911 first? a guy at the park is yanking his son around by the hair and just slapped him',
        'abuse',
      ],
      [
        'exam q but it is real: 911 or the hotline first? a woman at the food bank is shaking her baby and yelling',
        'abuse',
      ],
    ]);
  });

  it('still reads a danger told with those words', () => {
    expectKinds([
      ['he is on the bridge right now and says he is done, i am on the phone with him', 'suicide'],
      [
        'she texted asking who gets her cat after she is gone and now she is not answering',
        'suicide',
      ],
      [
        'she asked me to be the one who gets her dog after she is gone, now she will not pick up',
        'suicide',
      ],
    ]);
  });
});
