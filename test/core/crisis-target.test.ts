// Whom a danger is aimed at decides its card: a weapon or poison meant for another person is
// violence (the duty to warn), a danger to oneself is suicide or self-harm. And a toy called a
// gun is no weapon.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds, level } from '../support/crisis-expect.ts';

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

  it('reads poison slipped into a drink, a return with a weapon and a slashing as violence', () => {
    const cases = [
      [
        "she says she's gonna slip antifreeze into her boyfriend's beer when he gets home",
        'violence',
      ],
      [
        "he stormed out and said he's coming back tomorrow with his knife for the manager",
        'violence',
      ],
      ['a resident just slashed his roommate with a razor in the kitchen', 'violence'],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) expect(detectCrisis(q).kinds, q).not.toContain('suicide');
  });
});

describe('a thing as the target, and a person waited for or warned', () => {
  it('leaves rage at a device or a table, with what would smash it, to the question', () => {
    const qs = [
      "my coworker says he's gonna bash the copier with a hammer if it jams one more time",
      'the kids broke the air hockey table and honestly i want to smash it with a bat',
      "i'm about to wreck this laptop with a brick, it ate my notes again",
    ];
    expectEach(qs, 'no protocol');
    for (const q of qs) expect(concepts(q), q).not.toContain('weapon');
    // A partner's phone smashed is control, not a complaint about a device: it is still read.
    expect(
      concepts('her boyfriend is smashing her phone with a hammer and screaming he will kill her'),
    ).toContain('armed');
  });

  it('keeps "finish it" with nothing to smash it, and a person with a bat, as dangers', () => {
    expectKinds([
      ["i'm going to finish it tonight, i already said bye to my sister", 'suicide'],
      ['he said he will take a bat to his roommate when he gets home', 'violence'],
    ]);
  });

  it('reads waiting for someone to come out, and "next time she won\'t wake up", as threats', () => {
    const cases = [
      [
        "my client is parked outside her ex's job with a knife saying he'll wait till she walks out",
        'violence',
      ],
      [
        'her husband told her next time she wont wake up, and she has to go home tonight',
        'violence',
      ],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) {
      expect(concepts(q), q).toContain('threat');
      expect(detectCrisis(q).kinds, q).not.toContain('medical');
    }
    // Waiting for someone to come home, or for a shift to end, threatens nobody.
    expect(concepts('mom wants to wait till she gets off work at 5 to talk to him')).not.toContain(
      'threat',
    );
  });

  it('reads a relative who "won\'t make it to" a date, and a person put in the hospital, as threats', () => {
    const cases = [
      [
        "a member says his sister's husband won't make it to new year, and he knows where he parks",
        'violence',
      ],
      [
        'if her ex shows up here one more time my client says he will put him in the hospital',
        'violence',
      ],
    ] as const;
    expectKinds(cases);
    for (const [q] of cases) {
      expect(detectCrisis(q).kinds, q).not.toContain('suicide');
      expect(concepts(q), q).not.toContain('goodbye');
    }
    // One's own mother dying in hospice is grief, and one's own "won't make it" still a farewell.
    expect(
      level("my dad won't make it to thanksgiving, hospice says days. can i take pto"),
    ).toBeNull();
    expectKinds([["i won't make it to my birthday, tell my kids i love them", 'suicide']]);
  });

  it('leaves a relative who is ill, things put in a bag and waiting out surgery without a threat', () => {
    for (const q of [
      "hospice says her grandma won't make it to new year, can i go to the service",
      'i put a few in his backpack for the weekend, granola bars',
      'we are waiting for her to come out of surgery, can i sit with the family',
      'next time i will not make it to group, can someone cover',
      'me contó la historia de su familia en el grupo, ¿la puedo compartir?',
    ]) {
      expect(concepts(q), q).not.toContain('threat');
      expect(concepts(q), q).not.toContain('past');
    }
  });

  it('reads a latest text as news, not a farewell, and a last text as one', () => {
    expect(concepts("her ex's last text says he's on his way over")).not.toContain('farewell');
    expect(concepts('he sent me a last text and turned off his phone')).toContain('farewell');
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

describe('a farewell or a place told without the word', () => {
  it('reads things signed over for where one is going, a shift covered for ever and a lookout as suicide', () => {
    const cases = [
      [
        "he signed his truck over to me and said where he's headed he won't need it, and that it's this weekend",
        'farewell',
      ],
      [
        'my coworker texted me to cover her groups forever, she is at the lookout off highway 1 now',
        'place',
      ],
      [
        "i'm sitting in my truck in the garage and the hose is hooked up. i don't know why i'm writing this",
        'meansInUse',
      ],
    ] as const;
    expectKinds(cases.map(([q]) => [q, 'suicide'] as const));
    for (const [q, concept] of cases) expect(concepts(q), q).toContain(concept);
  });

  it('leaves a move where one does not need a car, and a caseload handed over, to the question', () => {
    for (const q of [
      'she moved somewhere she does not need to drive to the clinic, can i still visit',
      "i'm leaving the program friday, can you take my clients permanently? how do i tell them",
      'my coworker signed her caseload over to me before she left, how do i introduce myself',
    ])
      expect(concepts(q), q).not.toContain('farewell');
  });

  it('leaves a hose for washing, a past "done" with an object and a denied "will" to the question', () => {
    expectEach(
      [
        'washing the van with the hose in the driveway before the outing, can clients help',
        "he's done stuff like this before, should it go in my note",
      ],
      null,
    );
    expectEach(
      ["i do all his calls and his paperwork, he won't do anything for himself. am i enabling him"],
      'no protocol',
    );
  });
});

describe('the concepts behind those readings', () => {
  it('reads scaffolding and floors up as a height, and "today I am" as a recovery story only when it is one', () => {
    expect(concepts('she climbed the scaffolding, she is like 4 stories up')).toContain('place');
    expect(concepts("voices telling me to cut myself. louder today. i'm at work")).not.toContain(
      'past',
    );
    expect(concepts("today i'm 3 years clean and i run the group")).toContain('past');
  });
});

describe('Spanish complaints that sound like despair or threats', () => {
  it('reads "ya no aguanto" a thing and killing with kisses as venting, "ya no aguanto la vida" still not', () => {
    expectEach(
      ['ya no aguanto las juntas de los lunes, ¿cómo le digo a mi supervisora que son muy largas?'],
      null,
    );
    expect(level('ya no aguanto la vida, quiero que todo se acabe hoy')).not.toBeNull();
  });

  // Killing with kisses is affection and gets no protocol. No rule reads it; the classifier
  // gives it about 0.08, on the line's bar, which moves between 0.08 and 0.1 from one training to
  // the next (0.08 since the tenth round of 2026-12-07, when this got the line again).
  it('gives killing with kisses no protocol', () => {
    expectEach(
      [
        'mi clienta dice que me va a matar a besos cuando le den las llaves, ¿cómo pongo un límite?',
      ],
      'no protocol',
    );
  });

  it('reads someone purple and down as an emergency', () => {
    expectKinds(
      [['ayuda, hay un señor tirado atrás del albergue y uno está morado', 'medical']],
      true,
    );
    // Gloomy, or purple with anger, is no sign.
    for (const q of [
      'dice que el cielo esta gris y ella esta gris por dentro',
      'mi compañero se puso como loco, el esta morado de coraje por el horario',
    ])
      expect(concepts(q), q).not.toContain('emergency');
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
