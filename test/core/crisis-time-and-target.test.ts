// When a danger is told (a day gone by, a planned ending, a lesson to give) and whom it is aimed
// at (a person gone after with a weapon, a drain). Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a day gone by, and a danger told as over', () => {
  it('reads "last thursday" and "sunday\'s overdose" as the past, never as a day ahead', () => {
    expect(concepts('last thursday she told me she was thinking of ending it')).not.toContain(
      'future',
    );
    const dayGone = concepts("the guy from sunday's overdose came by to say thanks");
    expect(dayGone).toContain('past');
    expect(dayGone).not.toContain('future');
    expect(concepts('she says she will do it on thursday')).toContain('future');
  });

  it('gives no protocol to a danger of weeks ago told as over', () => {
    expectEach(
      [
        'a member fainted in group last wk, the ambulance came and it turned out to be anxiety. how do i welcome her back?',
        'one of our residents had a seizure in the kitchen last weekend, he has been home and fine since. what can i tell the house?',
        'the teen who burned herself at group back in march has been doing so well, she wants to co-lead. is it too soon?',
        'debrief from last monday: a caller said he was suicidal, we got mobile crisis out and he went in voluntarily. he is discharged now. what goes in my note?',
        'the man from friday s overdose called to thank me, he is in outpatient now. can we grab lunch?',
      ],
      'no protocol',
    );
  });

  it('keeps a danger of last weekend that a child tells now, and pills kept back for a day ahead', () => {
    expectKinds([
      [
        'a 9 year old just told me her uncle touched her last weekend, she is here with me',
        'abuse',
      ],
      [
        'quick q on lived experience later. first: my client stopped his meds bc he is saving them up for saturday. his wife died a year ago saturday',
        'suicide',
      ],
    ]);
  });

  it('does not read "lived experience" alone as a story of the past', () => {
    expect(concepts('can i use my lived experience when a client asks')).toContain('past');
    expect(concepts('what does our agency mean by lived experience')).not.toContain('past');
  });
});

describe('thanks and goodbyes at a planned ending, in any sentence', () => {
  it('gives no protocol to a goodbye card at a last session told in another sentence', () => {
    expectEach(
      [
        'today was our final session, we planned it for a month. he gave me a card that says goodbye and thanks for everything. can i keep it?',
        'she is moving to texas. she hugged everyone and said goodbye to the group. should i give her my number?',
      ],
      'no protocol',
    );
  });

  it('keeps a goodbye at a last session when the message tells of a danger', () => {
    expectKinds([
      [
        'it was his last session today. he said goodbye and thanks for everything and that he has the rope ready',
        'suicide',
      ],
    ]);
  });
});

describe('a lesson to give, a drain, and grounds in the coffee maker', () => {
  it('gives no protocol to teaching a class or learning to spot signs, nor to a clogged drain', () => {
    expectEach(
      [
        'i am teaching a cpr class for the peer team next month. tips for demonstrating rescue breaths?',
        'what does low blood sugar look like so we can spot it at the senior lunch',
        'somebody keeps choking the kitchen sink with noodles, can i put up a sign with names',
        'who left coffee grounds all over the breakroom counter again',
        'cutting costs again, no more snacks for group. how do i tell members',
        'my client always calls shotgun when i drive him to appointments, is driving him even ok?',
      ],
      'no protocol',
    );
  });

  it('keeps a danger in a class under way, and vomit like coffee grounds', () => {
    expectKinds([
      ['im teaching a wrap class and a member just collapsed, she is not breathing', 'medical'],
      ['his throw up looks like coffee grounds and he is dizzy and pale', 'medical'],
    ]);
  });
});

describe('a weapon taken to a person is violence', () => {
  it('names violence, not suicide, for a weapon and a person gone after or made to pay', () => {
    expectKinds([
      [
        'client just said he is done being played, grabbed his shotgun and is heading to her place now',
        'violence',
      ],
      ['he flashed a knife and said he will make her understand tonight', 'violence'],
      ['member posted his pistol with "everyone who snitched on me pays tomorrow"', 'violence'],
    ]);
  });

  it('reads a weapon sought where it is kept as a danger to oneself, not a person gone after', () => {
    const c = detectCrisis(
      'he says he would rather be dead than go back inside, there is a rifle at his cousin s ranch and he is heading over there now',
    );
    expect(c.level).toBe('crisis');
    expect(c.kinds).toContain('suicide');
    expect(c.kinds).not.toContain('violence');
  });

  it('keeps "ya no puedo more" with a knife a danger to oneself', () => {
    expectKinds([
      ['mi participante me mandó una foto con un cuchillo: ya no puedo more', 'suicide'],
    ]);
  });

  it('reads knowing which bridge as a plan', () => {
    expect(concepts('he says he already knows which bridge')).toContain('plan');
  });
});

describe('a condition that may happen, a danger told as over, a play named with a danger word', () => {
  it('gives no protocol to them', () => {
    expectEach(
      [
        'if someone has a stroke during the potluck, do peers call 911 or find a nurse?',
        'yesterday a resident had a seizure at dinner, he got checked out at the ER and is back resting. it rattled me more than i thought',
        'the cps report was filed on monday about the bruises, the kids are staying with their grandma now. do i tell the other parents?',
        'is a suicide squeeze legal in slow pitch? game with the clubhouse on saturday',
        'asset seizure question: a participant wants his truck back from the county, is that in my lane?',
        'who has the new bridge housing list for the shelter',
      ],
      'no protocol',
    );
  });

  it('keeps someone who cannot be woken, and a seizure happening now', () => {
    expectKinds([
      [
        'su hermana dice que tomó muchas pastillas y ahora está bien dormida, no la puede despertar',
        'overdose',
      ],
      ['my member just fell over, her eyes are rolled back and she is shaking all over', 'medical'],
    ]);
  });
});

describe('a person gone after, told in other words', () => {
  it('names violence for a weapon brought back or taken up, a list of people, an enclitic victim', () => {
    expectKinds([
      [
        'he said he is coming back after lunch with his cousins knife and the manager will feel it',
        'violence',
      ],
      ['client is loading his gun to go over there, the neighbor ran over his cat', 'violence'],
      [
        'my youth said there are people at work he is gonna get and his uncle keeps rifles in the shed',
        'violence',
      ],
      ['el cliente dice que ya tiene la escopeta y va a ir a matarlo hoy', 'violence'],
    ]);
  });

  it('does not read "done playing nice" as hopelessness', () => {
    expect(concepts('he says he is done playing nice with the landlord')).not.toContain('hopeless');
  });
});
