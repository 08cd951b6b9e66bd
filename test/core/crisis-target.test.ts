// Whom a danger is aimed at decides its card: a weapon or poison meant for another person is
// violence (the duty to warn), a danger to oneself is suicide or self-harm. And a toy called a
// gun is no weapon.
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

const concepts = (q: string) => explainCrisis(q).concepts.map(([c]) => c);

describe('harm meant for another person', () => {
  it('reads a weapon taken to someone, a person "put in the ground" and poisoned food as violence', () => {
    const cases = [
      ["my brother says he'll take a bat to his landlord tonight", 'violence'],
      ["the guy keeps saying he's gonna put her in the ground when she gets home", 'violence'],
      ['mi vecino dice que va a poner veneno en la comida de su hermano', 'violence'],
      ['he told me he is taking care of that guy tonight with his uncles gun', 'violence'],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) expect(detectCrisis(q).kinds, q).not.toContain('suicide');
  });

  it('reads chasing someone with a weapon and a door kicked in as an assault under way', () => {
    const cases = [
      ['a member is chasing another guy with a box cutter down the hall', 'violence'],
      ['hay dos en el estacionamiento y uno anda persiguiendo al otro con un bate', 'violence'],
      ['her boyfriend kicked in the door again', 'violence'],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) expect(concepts(q), q).toContain('assault');
  });
});

describe('a danger to oneself told without the word', () => {
  it('reads not trusting oneself to stay safe, and a crash said as meant, as suicide', () => {
    expectKinds([
      ['honestly i dont trust myself to be alone tonight', 'suicide'],
      ['i cant trust myself with my meds anymore', 'suicide'],
      ['no me confio en mi mismo, ya no', 'suicide'],
      ["he said he's gonna drive his truck into a pole if she leaves him", 'suicide'],
    ]);
  });

  it('leaves not trusting oneself for tiredness, or with a task, to the question', () => {
    expectEach(
      [
        'im so tired i dont trust myself to drive home after this double, can someone cover',
        'i dont trust myself to give advice on meds, is that scope of practice',
      ],
      null,
    );
  });
});

describe('a toy called a gun', () => {
  it('is no weapon, while a real one beside it still is', () => {
    expectEach(
      [
        'at the family picnic my client chased the kids with a water gun, is it ok to post the pics',
        'member wants to bring his nerf guns to game night, ok?',
      ],
      null,
    );
    expectKinds([
      ['he pulled a toy gun on staff earlier, now he is pointing a real gun at them', 'violence'],
    ]);
  });
});
