// Force on someone's body by a partner or a caregiver, people armed coming in, someone waiting at
// the tracks for the train, a weapon shown with a person "done", a push toward the tracks, someone
// in the water who never came up; beside them, an outing at the water, a thing left on a roof, a
// roof for an everyday reason, a silence that ended, a lesson on keeping means away, figures of a
// post, a Spanish soap opera, the last time something happened long ago, a generic "when a client
// says" and a topic that never came up. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('force, arms and the tracks', () => {
  it('gives the protocol with the right kind', () => {
    expectKinds([
      ['in the lobby her boyfriend just yanked her hair and shoved her into the wall', 'violence'],
      ['my client says her son twisted her arm behind her back again this morning', 'violence'],
      ['the old man in room 4 told me his aide pinches him when he asks for water', 'abuse'],
      ['two guys just came in with baseball bats looking for someone, we are hiding', 'violence'],
      ['he is sitting by the railroad tracks waiting for the train to come', 'suicide'],
      ['client texted a pic of a rifle and said his landlord is done', 'violence'],
      ['a man on the platform is shoving a guy toward the tracks', 'violence'],
      // In the water and not come up: no outing words hide it.
      ['a kid from our youth group was swimming at the lake and never came back up', 'medical'],
    ]);
  });
});

describe('an outing, a thing, a lesson or a story over', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'my client is going fishing at the river with his grandkids this weekend, can i go with them?',
        'participant is taking her kids to the lake with her church this weekend and invited me',
        'my 30 yo client wants to go cliff diving in mexico next month, should i say anything?',
        'i put my lunch on the roof of the car and drove off lol, anyone have a granola bar',
        'up on the roof of the clinic for a smoke, quick q: do i document a hallway chat?',
        'went for a home visit, no one answered. she called me back 2 hours later, she was at work',
        'training q: what does lethal means counseling mean for peers? like with guns?',
        'saw a post that overdose deaths are down 15% in our state, is that true?',
        'mi clienta me contó de una novela donde el protagonista toma veneno, se rió mucho',
        'the last time i used was 2009, a client asked how i quit and i told her, too much?',
        'when a client says he wants to kill his boss, how do peers tell venting from a threat?',
        'her trauma never came up in session, should i ask about it or wait',
      ],
      'no protocol',
    );
  });

  it('still reads a danger told beside those words', () => {
    expectKinds([
      ['she is on the roof of the parking garage right now and says she is done', 'suicide'],
      ['he is at the river alone tonight and says he will walk in and not come back', 'suicide'],
    ]);
    expect(detectCrisis('she left a note saying she is on the roof now').crisis).toBe(true);
  });
});
