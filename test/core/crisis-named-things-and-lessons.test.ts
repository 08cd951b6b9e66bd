// A danger named as a thing or a lesson (a polish called "heart attack red", a spreadsheet that
// gives one a heart attack, flashcards, exam prep, a collapse that may happen at an event, a coffee
// break taken in a place), and
// dangers the rules could not see: a grill or a generator run inside a tent or a camper, shoving people toward
// the tracks, a sharp thing held to another person's neck, a weapon to settle a score, hard
// breathing and swelling in Spanish; a means in use the classifier may not doubt. Messages of my
// own, never a set's sentences.
import { describe, it } from 'vitest';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a danger named as a thing, a figure of speech or a lesson', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'this billing portal is giving me a heart attack every single morning',
        'the hot sauce at the taco truck is called the overdose and my client dared me to try it',
        'when do you use an epipen vs calling 911 first? asking for our first aid refresher',
        'flashcards for the cert exam: signs of fentanyl overdose = blue lips, slow breathing, pinpoint pupils',
        'exam prep q: a client tells you her uncle hits her kids. mandated report or not, and why',
        'if a volunteer collapses during the 5k fundraiser who is supposed to call 911, us or the race staff',
        'si alguien se desmaya durante la posada, quién llama al 911? es para el plan del evento',
        'she was wearing a paper bag over her head in the rain lol, i lent her my umbrella, is that ok',
        'my barber is the only one who gets my fade right and now he is on my caseload',
        "can i take my coffee break in a client's kitchen when she offers, or is that too personal",
      ],
      'no protocol',
    );
  });
});

describe('dangers the rules now see', () => {
  it('gives the protocol, with the right kind', () => {
    expectKinds([
      [
        'he is running a charcoal grill inside his tent with the flaps zipped and the vents taped shut',
        'suicide',
      ],
      [
        'a guy on the light rail platform is pushing people toward the tracks and screaming',
        'violence',
      ],
      [
        'a resident is holding a screwdriver against the night manager neck in the lobby',
        'violence',
      ],
      [
        'my client says he got his cousins pistol and is going to settle the score with his landlord tonight',
        'violence',
      ],
      ['mi clienta comió camarón y ahora le cuesta respirar y se le hinchó la cara', 'medical'],
    ]);
  });

  it('keeps the protocol for a means in use, however calm the rest of the message', () => {
    expectKinds([
      [
        'sitting in my truck in the garage rn. the hose is already hooked up. quick q, can peers use the eap',
        'suicide',
      ],
    ]);
  });
});
