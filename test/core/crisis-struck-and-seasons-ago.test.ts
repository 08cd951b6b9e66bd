// Someone struck by a person in the passive, a note slipped to someone asking for help, a pet to be
// fed "after" beside medicine kept back, a worker who hedges before saying she is the one in
// danger, an ex waiting outside night after night with a gun (violence, not a means for oneself); beside them, dangers counted back by seasons, months or anniversaries ("two winters
// ago", "last March", "five years ago tonight"), a line that is not moving, a book that hit hard,
// thanks for good news, nobody hurt, a drill on a CPR mannequin, the river bottom where people
// camp, the edge of town, things on the floor, a chore one "has to run back" for. Messages of my
// own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('struck by someone, a note asking for help, a pet for after, a hedge', () => {
  it('gives the protocol with the right kind', () => {
    expectKinds([
      [
        'on the video visit my member got slapped by her boyfriend and the screen went black',
        'violence',
      ],
      [
        'a girl about 15 at the clinic, the man with her does all the talking, she passed me a note that says help',
        'abuse',
      ],
      [
        'my neighbor client asked me to feed his dog after and showed me he is saving his oxy in a jar',
        'suicide',
      ],
      [
        'not sure how to say this but its me. im at the bus stop with every pill i have counted out and i cant go home',
        'suicide',
      ],
      [
        'her ex has been parked outside the clinic every night this week and today he had a rifle in the truck',
        'violence',
      ],
    ]);
  });
});

describe('a danger counted back, a queue, a book, good news, a drill, a place to camp', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'remember the client who had a gun in group three winters ago? he is a peer mentor now',
        'last March a member had a seizure at the potluck, so we got everyone trained, none since',
        'five years ago tonight we lost a resident to an overdose, we always light a candle for her',
        'the line at the food bank is not moving and my client is getting antsy, any tips for waiting',
        'that memoir about growing up with an abusive dad really hit me hard, can i recommend it to clients',
        'client texted thank you for everything, she got the keys to her own place! can i reply from my cell',
        'mi cliente casi le pega al perro con la puerta, nadie salió herido jaja',
        'we ran the overdose drill on the cpr mannequin today, narcan and rescue breaths in 80 sec',
        'doing outreach at the river bottom tomorrow, can i bring my own car or do i need the van',
        'our new office is on the edge of town, can clients get mileage for the bus',
        'all the donated blankets are on the floor of the storage room, who cleans that up',
        'the nurse has to run back to the clinic for the key, can peers carry the narcan bag instead',
      ],
      'no protocol',
    );
  });

  it('still reads a danger told beside those words', () => {
    expectKinds([
      ['he is standing on the edge of the overpass and says he is done', 'suicide'],
      ['a man at the river bottom camp is blue and not breathing, we have narcan', 'overdose'],
      ['nobody is hurt yet but he is waving a machete at the front desk right now', 'violence'],
    ]);
    expect(
      detectCrisis('she just took every pill she was saving, tonight, and wont wake up').level,
    ).toBe('crisis');
  });
});
