// Someone held by the hair with something pressed to the neck, a thing gripped like a weapon by
// someone blocking the door, a body to be named ("so they can
// identify her body"), intent written the way a record puts it ("intent to end life") and blood
// lost fast from a wound are read by the rules; beside them, look-alikes: a general question on
// what naloxone does, hair done by a stylist, a small cut with a bandage, a wound's size alone,
// a wave hello, an oath on one's kids, and a discharge lounge that frames nothing.
// Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { explainCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('dangers the rules read now', () => {
  it('reads a person held by the hair or the throat as violence', () => {
    expectKinds([
      [
        'in the waiting room a guy has the receptionist by her hair and a pencil against her throat, we are all frozen',
        'violence',
      ],
    ]);
    expect(concepts('he has his cousin by his throat out in the lot')).toContain('assault');
  });

  it('reads a thing gripped like a weapon by someone blocking the door as violence', () => {
    const q =
      'a member backed me into the supply room, blocked the door and is clutching a stapler like a weapon';
    expect(explainCrisis(q).rules).toContain('armed-and-angry (crisis violence)');
    expectKinds([[q, 'violence']]);
  });

  it('reads papers kept so a body can be named, and intent put as a record puts it, as suicide', () => {
    for (const q of [
      'she tucked her id in her jacket pocket so the cops can identify her body, she keeps saying it',
      'outreach note: individual voiced intent to end life, declined a bed, sitting on the curb',
    ]) {
      expect(explainCrisis(q).rules, q).toContain('known-phrase (crisis suicide)');
      expect(explainCrisis(q).kinds).toContain('suicide');
    }
  });

  it('reads blood pouring from a wound as a medical emergency', () => {
    const q = 'a kid split his shin open at the skate park, blood is pouring out onto the ramp';
    expect(explainCrisis(q).rules).toContain('emergency-sign (crisis medical)');
    expectKinds([[q, 'medical']]);
    // A deep wound is one sign; with another, an emergency.
    expect(
      explainCrisis('deep gash on her hand from the fence, she is shaky').concepts,
    ).toContainEqual(['weakSign', 'deep gash']);
  });
});

describe('the same words about something else', () => {
  it('gives no protocol to a question on how naloxone works, a stylist or a small cut', () => {
    expectEach(
      [
        'she had her hair braided by her hair stylist before court, can i compliment it',
        'a resident nicked his thumb on the can opener, a big gash but we put a bandage on it',
      ],
      'no protocol',
    );
    // A general question on how a drug works gets no line either.
    expectEach(
      ['quick q, how long does narcan stay in the body? can a person od again once it wears off'],
      null,
    );
  });
});

describe('words that are a greeting, an oath or a place', () => {
  it('reads no anger in a wave hello, but still reads arms waved in anger', () => {
    expect(concepts('my client is in the bleachers waving at me, do i wave back')).not.toContain(
      'aggression',
    );
    expect(concepts('he is waving his arms and screaming in the lobby')).toContain('aggression');
  });

  it("names nobody at risk in an oath on one's kids", () => {
    expect(concepts('he says he will pay me back friday, he swears on his kids')).not.toContain(
      'dependent',
    );
    expect(concepts('he swore at his kids and shoved one into the wall')).toContain('dependent');
  });

  it('reads the discharge lounge as a place, not clinical talk', () => {
    expect(
      concepts('waiting in the discharge lounge and he says he will hurt his ex'),
    ).not.toContain('clinical');
    expect(concepts('what goes in the discharge summary for a client who used')).toContain(
      'clinical',
    );
  });
});
