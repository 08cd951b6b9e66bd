// A height climbed to jump, a last ride said as meant, things left with a note, going to be with
// someone who died; a weapon or a liquid meant for a person (violence, not a danger to oneself);
// and what only looks like danger (a friend request that "hits", children dead of laughter, a
// coffee shot, a saying, a plan to drink socially, ghost stories). Messages of my own, never a
// set's sentences.
import { describe, it } from 'vitest';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a danger to oneself told through a place, a last thing or someone who died', () => {
  it('gives the protocol for a height climbed to jump and a last ride said as meant', () => {
    expectKinds([
      ['my client says he is climbing the water tower tonight and jumping off', 'suicide'],
      ['she told me this will be her last meal and she means it literally', 'suicide'],
      [
        'he left his wallet with a note saying give it to my son and walked off toward the overpass',
        'suicide',
      ],
      [
        'since his wife died he keeps saying he is driving out to the coast tonight to be with her',
        'suicide',
      ],
    ]);
  });
});

describe('a weapon or a harm meant for another person', () => {
  it('names violence, not suicide, for a weapon with a person waited for or aimed at', () => {
    expectKinds([
      ['he says he is gonna wait for her after her shift and he showed me a blade', 'violence'],
      [
        'my client has her dads revolver in her purse and is thinking about using it on him tonight',
        'violence',
      ],
      [
        'a guy in the lobby is threatening to throw acid in his girlfriends face when she gets off the bus',
        'violence',
      ],
      ['he just sent me a pic of his ex apartment tonight with a gun on the dash', 'violence'],
      [
        'se pelearon en el estacionamiento y uno sacó un cuchillo, el otro está sangrando',
        'violence',
      ],
    ]);
  });
});

describe('look-alikes', () => {
  it('gives no protocol to sayings, coffee, ghost stories and a plan to drink socially', () => {
    expectEach(
      [
        'los niños estaban muertos de risa con el payaso en la fiesta del centro',
        'double shot of espresso before group, it is gonna be a long day',
        "mi tía dice 'me quiero morir' cada vez que pierde la lotería, es su forma de hablar",
        'my client wants to start drinking socially again after a year sober, is that his call',
        'we told ghost stories at teen night and the kids were screaming',
      ],
      'no protocol',
    );
  });

  it('gives no protocol to quitting talk told as a last one', () => {
    expectEach(
      [
        'this is my last cigarette, i quit tomorrow with my sponsor there',
        'it is her last ride to the clinic before she moves tomorrow, do i log the mileage',
      ],
      'no protocol',
    );
  });

  it('reads thanks and goodbyes beside a move as a planned ending, unless a danger is told', () => {
    expectEach(
      [
        'she moves to her sisters tomorrow and hugged me goodbye, thanks for everything she said',
        'he moved out today and said thanks for everything, can i keep in touch',
      ],
      'no protocol',
    );
    expectKinds([
      ['he moved out today and said thanks for everything, he has the pills with him', 'suicide'],
    ]);
  });

  it('keeps the protocol when a saying is told beside a weapon', () => {
    expectKinds([
      [
        'dice que se va a matar, mi compa dice que es su forma de hablar pero tiene la pistola en la mano',
        'suicide',
      ],
    ]);
  });

  it('gives not even the line to a request that hits and friends after a discharge', () => {
    expectEach(
      [
        'a participant hit me with a friend request on facebook, do i accept or ignore',
        'client is graduating and asked if we can be friends after. what is the rule',
      ],
      null,
    );
  });
});
