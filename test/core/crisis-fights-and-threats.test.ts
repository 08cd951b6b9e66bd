// A fight with someone already hurt, children left without food, a note and a means left where
// they will be found, things given away, threats to a place or a person sought; and what only
// looks like them (a song, pain that "stabs", a what-if with two people, mints). Messages of my
// own, never a set's sentences.
import { describe, it } from 'vitest';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('dangers told through what is happening', () => {
  it('gives the protocol to a fight where someone is already hurt, in English and Spanish', () => {
    expectKinds([
      ['somebody got stabbed out back by the dumpsters and they are still going at it', 'violence'],
      ['se están peleando afuera del taller con navajas, ya hay un herido', 'violence'],
    ]);
  });

  it('gives the protocol to children left without food and a parent gone for days', () => {
    expectKinds([
      [
        'two kids at the motel told me their dad has been gone since tuesday and they have not eaten, can i bring them snacks',
        'abuse',
      ],
    ]);
  });

  it('reads a note and a means left where they will be found, and things given away', () => {
    expectKinds([
      [
        'on rounds i found a note under his pillow that says sorry and a plastic bag tucked under his mattress, he is in the bathroom',
        'suicide',
      ],
      [
        'he texted his brother that he can have the truck and the dog and he is driving up to the quarry tonight',
        'suicide',
      ],
    ]);
  });

  it('names violence for a threat to a place or a person run over', () => {
    expectKinds([
      [
        'a resident keeps saying he is gonna burn the whole shelter down tonight with us in it',
        'violence',
      ],
      ['he got kicked out and said he will come back and shoot the clinic up', 'violence'],
      ['the guy is in his truck revving the engine saying he will run my client over', 'violence'],
    ]);
  });
});

describe('look-alikes of those dangers', () => {
  it('gives no protocol to songs, pain, what-ifs with two people and mints', () => {
    expectEach(
      [
        'our member was belting a song about dying young at the karaoke night and everyone was singing along',
        'my cramps are stabbing me today but i am at work anyway',
        'my client wants to do it himself even though the paperwork is slow, do i let him',
        'el señor me preguntó si las pastillas de menta de la recepción son gratis',
        'the printer in the shelter office makes me want to jump off a bridge lol',
        'if two residents got into a shoving match at dinner can peers step in or do we call staff',
      ],
      'no protocol',
    );
  });
});
