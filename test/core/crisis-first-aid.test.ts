// Dangers named the way a first-aid or crisis-line trainer lists them, and everyday look-alikes of
// the same words. None of these sentences comes from a blind set.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';

const CRISES = [
  'he drank antifreeze an hour ago, he is at my office',
  'she took 20 sleeping pills an hour ago and is now hard to wake up',
  'gave him narcan twice and he is still not waking up',
  'she is 30 weeks pregnant and bleeding heavily',
  'his throat is swelling after eating peanuts and he can not breathe',
  "he's been outside all night in the snow, shivering and confused",
  'he is hitting his head against the wall over and over and it is bleeding',
  'she has a rubber band wrapped tight around her finger and it is turning black',
  'he has a charcoal grill lit in the bathroom and taped the door',
  'the belt is ready in the closet and he locked the door',
  "a man has a screwdriver to my client's neck",
  'he pointed a gun at me at the front desk',
  'the old lady is being hit by her caregiver, I can hear it on the phone',
  'the caregiver holds onto her insulin as punishment and she is getting weak',
  'el niño tiene moretones en la cara y dice que su papá le pega con el cinturón',
];
const EVERYDAY = [
  'i have a cold and feel kinda gray today, can i skip group',
  'the office is freezing cold and i am coughing, should i go home',
  'my neck is stiff from sleeping wrong, can i take a personal day',
  'she is a purple belt in jiu jitsu and wants to teach our group',
  'he walks with a limp and uses a cane, can i help him up the stairs',
  'i gasped when i saw the bill lol',
  'we had fruity drinks at the staff party, is that ok',
  'we are completely out of bus passes',
  'she wants to set the world on fire with her new job',
];
// Since the classifier learned the blind sets L and O to AE it gives this one the line (an infant
// and a medicine weigh toward abuse, p 0.13): never the protocol.
const LINE_AT_MOST = ["client's 3 month old is teething, mom asked me about tylenol doses"];

describe('crisis detection beyond the sets it was tuned on', () => {
  it('fires the protocol for dangers named as first-aid and crisis-line training lists them', () => {
    expect(CRISES.filter((q) => detectCrisis(q).level !== 'crisis')).toEqual([]);
  });

  it('stays quiet on everyday uses of the same words', () => {
    expect(EVERYDAY.filter((q) => detectCrisis(q).level !== null)).toEqual([]);
    expect(LINE_AT_MOST.filter((q) => detectCrisis(q).level === 'crisis')).toEqual([]);
  });
});
