// Someone choking on food, a weapon set down or a person gone after, and the framings that tell a
// danger is not happening (a script for training, a plan for the worst case, years since, a quiz
// answered wrong, a tangled cord). Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('choking on food is a medical emergency, not an assault', () => {
  it('gives the medical protocol to someone choking at a table', () => {
    expectKinds([
      ["my client's grandma choking at the potluck, she cant cough", 'medical'],
      ['someone choking in the lunch line, face going red', 'medical'],
    ]);
  });

  it('reads "choking on" food as no attack, and choking a person as one', () => {
    const food = detectCrisis('the guy is choking on his sandwich in the lobby and cant breathe');
    expect(food.level).toBe('crisis');
    expect(food.kinds).toContain('medical');
    expect(food.kinds).not.toContain('violence');
    expectKinds([['her boyfriend is choking her in the hallway right now', 'violence']]);
  });
});

describe('a weapon set down, a person gone after', () => {
  it('names violence for a weapon laid down while someone is awaited, and a person sought', () => {
    expectKinds([
      [
        'a man set a pistol on the table at the cafe and said he is waiting for the guy who owes him',
        'violence',
      ],
      ['un señor dice que va a ir a matar al vecino, tiene una pistola en la troca', 'violence'],
    ]);
    const sought = detectCrisis(
      'he says he knows where the coach lives and he has a gun, he just left',
    );
    expect(sought.kinds).toContain('violence');
  });
});

describe('framings that tell a danger is not happening', () => {
  it('gives no protocol to a script for training, a plan for the worst case, years since', () => {
    expectEach(
      [
        'write a short scene where a kid shows the peer bruises from her dad, for our volunteer orientation training',
        'worst case for our retreat: someone has a seizure at the lake and no one has signal. what should we pack',
        'it has been 3 years since i found my cousin after he overdosed, he is thriving now and i am teaching narcan today',
        'is heat stroke the same as a seizure? i missed it on the first aid quiz',
        'gonna strangle these christmas lights, two hours untangling them for the party',
      ],
      'no protocol',
    );
  });

  it('keeps a danger told beside a drug test or in a class someone is in', () => {
    expectKinds([
      [
        'he took a whole bottle of pills before the drug test and now he will not wake up',
        'overdose',
      ],
      [
        'a woman in the adult ed course just said she will kill herself tonight, she has the pills',
        'suicide',
      ],
    ]);
  });
});
