// What the words around a danger word say: a goodbye at a planned ending, a quoted test item, a
// condition rather than an event, a sigh said the other way round, a farewell to the dead, and a
// weapon taken to a person. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('thanks and things not needed at a planned ending', () => {
  it('gives no protocol to thanks at a last session or a move, nor to a thing not needed for a plain reason', () => {
    expectEach(
      [
        'he said thank you for everything at his last group before he graduates. can i give him a card?',
        'she wrote "thanks for everything" in the chat, she is moving back to oregon next week. ok to hug goodbye?',
        "he won't need it after sunday bc his brother bought him a new one. can i take his old phone charger?",
      ],
      'no protocol',
    );
  });

  it('keeps thanks beside a danger, and a thing not needed because the person will be gone', () => {
    expectKinds([
      [
        'after her last session she texted thank you for everything and now she wont answer, she has her pills with her',
        'suicide',
      ],
      [
        "he says he won't need his truck after friday because he won't be around anymore",
        'suicide',
      ],
    ]);
  });
});

describe('a test item quoted with its answer', () => {
  it('gives the line, not the protocol, to a quiz question about a crisis', () => {
    const q =
      'practice exam question: "a member says she will overdose tonight and has the pills on her." the answer key says stay with her. i put call 911 first, why is that wrong?';
    expect(detectCrisis(q).level).toBe('possible');
  });

  it('gives the protocol when the asker says it is no test item', () => {
    expectKinds([
      [
        'this is not an exam question, this is real: my client says she will overdose tonight and has the pills on her. what is the right answer',
        'suicide',
      ],
    ]);
  });
});

describe('a condition, a lesson, a what-if', () => {
  it('reads a seizure disorder, the signs of heat stroke and what to do if someone has a seizure as no emergency now', () => {
    expectEach(
      [
        'member has a seizure disorder, stable on lamotrigine. can she lead the walking group?',
        'what are the symptoms of heat exhaustion? we do outreach in the desert all summer',
        'overdose signs handout for the front desk, what should be on it',
        'what should we do if someone is having a seizure in group, do we move the chairs?',
        'if a guy at drop in ever said he wanted to end it, do i call 988 with him or for him?',
      ],
      'no protocol',
    );
  });

  it('still reads a seizure happening now as a medical emergency', () => {
    expectKinds([['she is having a seizure on the floor of the lobby right now', 'medical']]);
  });

  it('reads "gonna jump off a bridge if I hear X one more time" as a sigh', () => {
    expectEach(
      [
        "i'm gonna jump off a bridge if i have to redo one more treatment plan this week",
        "gonna walk into the ocean if i hear 'circle back' one more time",
      ],
      'no protocol',
    );
  });
});

describe('a farewell in other words', () => {
  it('reads going to see someone who died, and "sorry mom, not your fault", as suicide', () => {
    expectKinds([
      ['my client said tonight she gets to see her mom again. her mom died last spring', 'suicide'],
      [
        "a youth posted 'sorry mama, none of this is your fault' at 3am and she isn't at school",
        'suicide',
      ],
    ]);
  });

  it('leaves seeing a living relative soon alone', () => {
    expectEach(
      ['she is going to see her brother soon, he lives in fresno. can i drive her?'],
      null,
    );
  });
});

describe('a weapon taken to a person', () => {
  it('names violence, not suicide, for a gun and a person gone after', () => {
    expectKinds([
      [
        'mi cliente tiene un cuchillo y dice que va a ir a la casa de su cuñado ahorita',
        'violence',
      ],
      ['he showed me the pistol and said the guy who robbed him no va a regresar vivo', 'violence'],
      [
        'he left the gun with me so he will not use it on his cousin, the cousin gets here at 5',
        'violence',
      ],
      [
        'youth showed me a list called "people who deserve it" with names from his class',
        'violence',
      ],
    ]);
  });
});

describe('harm told in other words', () => {
  it('reads an arm opened up as self-harm, and how much of the meds would do it as suicide', () => {
    expectKinds([
      [
        'she just opened up her wrist again in the bathroom, there is blood on the sink',
        'self-harm',
      ],
      [
        'he asked how much of his blood pressure pills would do it, he has a full bottle',
        'suicide',
      ],
    ]);
  });
});
