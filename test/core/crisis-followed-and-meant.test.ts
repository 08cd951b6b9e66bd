// Someone followed block after block, people coming back to finish what they began, a blade
// dragged over one's own arm; beside them, words said to mean a program, an idiom of a fierce
// game, a party for a baby, a bag being punched, an overdose of a named month told with a chip
// now, the asking itself done "now", someone generic in an if-clause. Messages of my own, never a
// set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('followed, coming back to finish it, a blade dragged over the arm', () => {
  it('gives the protocol with the right kind', () => {
    expectKinds([
      [
        'a man has been following me since the train station, 4 blocks now, i went into a cvs',
        'violence',
      ],
      [
        'two guys jumped our intern outside the library and now they are yelling they will finish him off',
        'violence',
      ],
      [
        'my client just dragged a shard of glass down her own forearm in the group room, it is deep',
        'self-harm',
      ],
    ]);
  });
});

describe('a meaning said, a game, a party, a bag, a past month, the asking, a what-if', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'he keeps saying he is done with all of it and he means the job search, he wants a break from applications',
        'the spades tournament got intense, my coworker was out for blood over one hand',
        'the baby shower at the clinic was sweet, can i bring a gift for a client there',
        'the teens at the rec center love punching the heavy bags in boxing class',
        'my old sponsee who relapsed in october just sent me a photo of his 90 day chip',
        'how would i handle it if a client ever pulled a gun in group? asking now so i have a plan',
        'if somebody fainted at the food bank line, would peers be allowed to give first aid',
      ],
      'no protocol',
    );
  });

  it('still reads a danger told beside those words', () => {
    expectKinds([
      ['she means it, she gave away her cat and says she wont be here tomorrow', 'suicide'],
      [
        'someone in the bathroom relapsed in october and again right now, he is blue and not breathing',
        'overdose',
      ],
    ]);
    expect(
      detectCrisis('idk if someone overdosed in the stall, the door is locked and he wont answer')
        .level,
    ).toBe('crisis');
  });
});
