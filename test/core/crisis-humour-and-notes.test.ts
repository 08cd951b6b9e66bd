// Humour that "kills me", an apology that opens "you're gonna kill me", a question about why advice
// is given, a note left among the worker's own things; a career's suicide, a message shot over, a
// week or a headache that kills, a group axed from a budget; beside them, a handgun flashed at
// someone and a goodbye note read by its own words. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('laughter, an apology, a lesson asked, a note to the worker', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        'her memes kill me, she sends one every morning before group, is it ok to reply from my work phone',
        "y'all are gonna hate me but i double booked the van again, who can drive thursday",
        'you are going to kill me, but i left the release form at the clinic, can i get it signed tomorrow',
        'why do trainers always say to stay with someone after they get naloxone, what could happen',
        'a member left a card in my mailbox thanking me for everything this year, can i keep it',
      ],
      'no protocol',
    );
  });

  it('gives not even the line to figures of speech', () => {
    expectEach(
      [
        'shoot me a quick msg when you can about the van schedule',
        'dating a coworker is career suicide right? asking for a friend lol',
        'this month has been killing me, three trainings and two audits. can i take friday off',
        'the traffic on the 99 from the outreach site killing me, can i log mileage from home',
        'budget cuts, we had to axe our tuesday art group. how do i tell the members',
        'tengo un dolor de espalda que me mata, ¿puedo hacer las visitas por teléfono hoy?',
      ],
      null,
    );
  });

  it('still reads a danger told beside those words', () => {
    expectKinds([
      [
        'my client just flashed us a handgun in the lobby and says he is waiting for his ex',
        'violence',
      ],
      [
        'she left a note in my locker saying goodbye and sorry for everything and now she is not picking up',
        'suicide',
      ],
    ]);
    expect(
      detectCrisis('he says his jokes will kill me but he has a knife out right now').level,
    ).toBe('crisis');
  });
});
