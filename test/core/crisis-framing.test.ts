// Framings that must not take over the reply with the crisis protocol: a thing or a trivial cause
// as the "killer", a danger told as a recovery story, a what-if, a role play written for
// training, a lesson, and a gun for hunting. Each kind still yields to a danger happening now.
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../src/core/safety/crisis.ts';
import { concepts, expectEach, expectKinds, level } from '../support/crisis-expect.ts';

describe('framing that keeps the crisis protocol away', () => {
  it('reads a thing, the weather or a trivial cause as the "killer" as a complaint', () => {
    expectEach(
      [
        'the traffic is going to kill me, I will be late to group again',
        'este frio me va a matar, can we move the outreach inside?',
        'me mata el papeleo de los viernes, how do I keep notes shorter?',
        'mi coordinador me va a matar si llego tarde otra vez',
        'I laughed so hard I could not breathe at the recovery picnic, is it ok to post the photo?',
        'about to throw my phone out the window, the scheduling app deleted my notes again',
        'my manager is going to murder me, I never sent the monthly numbers',
        'casi me muero de la risa en el grupo de hoy, is it ok to joke with members?',
        'he is beating his own record at the 5k, can I go cheer for him?',
        'my toddler is going to kill me, she painted the cat',
        'my sister is gonna strangle me when she sees I borrowed her car lol',
        'mi jefa me quiere matar por llegar tarde otra vez',
        'me mato trabajando en esta chamba, is overtime ok for peers?',
      ],
      null,
    );
  });

  it('reads an illness or a week "kicking my butt" and tension cut with a knife as figures of speech', () => {
    expectEach(
      [
        'this cold is kicking my butt, can i do my sessions by phone today',
        'the flu has been kicking my ass all week, who covers group',
        'this semester is really kicking my tail, any tips for the cert exam',
        'you could cut the tension with a knife at case conference today',
      ],
      null,
    );
    // A person doing the kicking is still a danger.
    expect(level('her boyfriend is kicking her right now in the parking lot')).toBe('crisis');
    expect(level('her ex is kicking the door in')).toBe('crisis');
  });

  it('reads the everyday exasperations of the job as figures of speech', () => {
    expectEach(
      [
        'my sup is gonna kill me, i forgot my notes from friday',
        'this caseload is gonna be the death of me',
        'i shot myself in the foot with that email to the county',
        'just kill me now, the wifi at the drop in is down again',
        'if the printer jams one more time im throwing it off the roof',
        'i will shoot you an email with the flyer',
        'the charting system makes me want to jump off a bridge, so many clicks for one note',
        'honestly the new EHR makes me want to jump off the roof, how do other peers keep notes short?',
        'this scheduling app makes me wanna die, three shifts vanished again',
      ],
      'no protocol',
    );
    // The same words about a life or a person are not blanked.
    expect(level('my life makes me want to jump off a bridge tonight')).toBe('crisis');
  });

  it('reads "currently" in treatment or in recovery as the present of the recovery, not of a danger', () => {
    expectEach(
      [
        'intake note: two overdoses in 2019, currently on methadone and doing well. is that ok to share with his sponsor?',
        'documenting: hx of cutting in high school, currently using healthy coping. should a peer write "hx"?',
      ],
      'no protocol',
    );
    // "Currently" about the danger itself stays urgent.
    expect(level('he overdosed before and is currently not breathing on the bathroom floor')).toBe(
      'crisis',
    );
  });

  it('gives at most the line to a past danger told as a recovery story', () => {
    expectEach(
      [
        'i overdosed twice before i got clean, 6 years now. how much of that should i share with my group',
        'a member told me his stepdad beat him when he was a kid, he is 40 now and doing well in therapy',
        'her ex used to beat her, he is in jail now and she has the kids. can i go to her graduation',
        'a member overdosed twice years ago, now five years clean and wants to speak at our panel now',
        'mi compañero intentó quitarse la vida hace años y ahora quiere ser mentor, cómo lo apoyo?',
        'I saw marks on a participant months ago, she has since moved away, do I still have to report it?',
      ],
      'no protocol',
    );
  });

  it('gives at most the line to a what-if or a training role play, even with a time ahead', () => {
    expectEach(
      [
        'if I ever walked in on a participant not breathing, what would I write in the note?',
        "in theory, is a peer liable if a client's suicidal comment goes unreported?",
        'role play for Thursday: a member says he is going to hurt his cousin, how should the peer answer?',
        'escenario para la capacitación: un cliente dice que va a golpear a su vecino mañana, qué responde el par?',
        // A condition far from its "ever", a future asked about, a case posed with "say".
        'if a teen at the drop-in ever told me she wanted to die, do I have to tell her parents?',
        'if, in the future, a member says he will hurt his roommate, who do I call first?',
        'say a participant told me he wants to hurt his landlord, is that duty to warn?',
        // "Do I just call": only, not a moment ago.
        'do I just call my supervisor if someone overdoses at group, or 911 first?',
      ],
      'no protocol',
    );
  });

  it('gives at most the line to a lesson, a test item or a question for later', () => {
    expectEach(
      [
        'quiz stem: a participant shows a peer fresh bruises on her arm and says her partner did it. First step?',
        'who do I call first if a member is not breathing on a visit? just want to know for the future',
        'she has no thoughts of hurting herself anymore, how often should we revisit her safety plan?',
      ],
      'no protocol',
    );
  });

  it('reads the word "self-harm" alone as naming a subject, and self-harm now as a crisis', () => {
    expectEach(
      [
        'can a peer help write the goal in a care plan about self-harm urges? she wants it worded kindly',
        'what does non-suicidal self-injury mean on an intake form',
      ],
      'no protocol',
    );
    expectEach(
      [
        'my participant is self harming in the restroom right now, door locked',
        'she is self-harming again tonight, what do i do',
      ],
      'crisis',
    );
  });

  it('reads a hunting trip as a gun without a plan', () => {
    const q =
      'my client is going hunting with his brother next month and keeps two rifles, should I ask?';
    expect(level(q)).not.toBe('crisis');
  });

  it('still fires for a danger happening now inside the framing', () => {
    expectEach(
      [
        'my boss is going to kill me lol, but also my client just texted that he has a gun and is driving to his ex right now',
        'role play idea for training later, but right now a member is on the roof saying he will jump',
        'she used to be suicidal years ago and now she is texting me goodbye and says she took all her pills',
        'the heat is brutal, and my client is passed out on the sidewalk and not breathing',
        'her ex texted that he will kill her tonight, he is outside her door',
        'she just swallowed a whole bottle of pills and is not answering me',
      ],
      'crisis',
    );
  });
});

describe("a study question never hides the asker's own intent", () => {
  it('gives the protocol when the asker says they will die, whatever they were studying', () => {
    expectEach(
      [
        'i am going to kill myself, i have been studying for the exam all week and i failed',
        'i want to kill myself. i was studying for my certification and cant do it',
        'estudiando para el examen y ya no puedo, voy a matarme esta noche',
      ],
      'crisis',
    );
  });

  it('keeps a client quoted in a study question framed as study', () => {
    expectEach(
      [
        'study question: a client says "i want to kill myself". what is the best response?',
        'for my exam: client says i want to kill myself, what do i do first',
      ],
      'no protocol',
    );
  });
});

describe('signs of danger told in words the rules learnt from the training sets', () => {
  // Each is a kind of wording (a means, a place, a farewell, an act), not a sentence of any set.
  it.each([
    ['my guy has a revolver on the seat next to him', 'means'],
    ['she ordered a helium tank for no reason she will say', 'means'],
    ['he walked to the river with his coat pockets full of stones', 'means'],
    ['mi cliente quiere saltar por la ventana del hotel', 'means'],
    ['she is up at the old quarry by herself', 'atEdge'],
    ['he has one leg over the railing of the parking garage', 'meansInUse'],
    ['esta en la azotea con una pierna del otro lado', 'meansInUse'],
    ['he says he put his affairs in order this week', 'farewell'],
    ['me dijo que ya hizo su testamento', 'farewell'],
    ['she took her whole prescription at once after lunch', 'tookMany'],
    ['se tomo todas sus pastillas de la presion', 'tookMany'],
    ['a man is pulling a woman by the hair across the lot', 'assault'],
    ['el novio la esta jalando del pelo afuera', 'assault'],
    ['the boy says his uncle plays a secret game with him', 'abuseSign'],
    ['su papa lo quema con cigarros', 'abuseSign'],
    ['fresh self-inflicted cuts on both forearms', 'selfInjury'],
  ])('"%s" reads %s', (q, concept) => {
    expect(concepts(q)).toContain(concept);
  });

  it('reads a fight about to start as violence, in English and in Spanish', () => {
    expectKinds([
      ['two members are squaring up in the lobby and the smaller one has his fists up', 'violence'],
      ['these two guys are charging at each other across the parking lot', 'violence'],
      ['los dos se van a agarrar a golpes en la fila de la comida, ayuda', 'violence'],
      ['el señor se le fue encima al guardia en la entrada', 'violence'],
    ]);
    expectEach(
      [
        'I am about to fight this insurance denial for my client, who do I call?',
        'clients keep coming at me with questions about their housing vouchers',
      ],
      'no protocol',
    );
  });

  it('reads asking the dose of an everyday medicine to give as a question, a dose taken as a danger', () => {
    expectEach(
      [
        'my client has a toddler with a fever, how much motrin can a 2 year old have?',
        'cuánto tylenol le puedo dar a un bebé de 8 meses con fiebre?',
      ],
      'no protocol',
    );
    expectEach(
      [
        'how much tylenol did he take? he is not waking up',
        'her 4 year old got into the tylenol and is throwing up, what do I do',
      ],
      'crisis',
    );
  });

  it("reads pulling out one's own teeth or nails as self-harm", () => {
    expectKinds([
      ['a resident is yanking out her own fingernails in the bathroom', 'self-harm'],
      [
        'he is trying to pull a tooth out with pliers, says the voices put a chip in it',
        'self-harm',
      ],
      ['mi cliente se está arrancando las uñas y está sangrando', 'self-harm'],
    ]);
    expect(
      level('she is still scared of the dentist pulling her teeth, how do I support her?'),
    ).not.toBe('crisis');
  });

  it('gives the protocol when such a sign comes with danger now', () => {
    expectEach(
      [
        'client texted she is at the lake with her pockets full of rocks and her phone is about to die',
        'my client just told me the voices say to jump por la ventana and he is standing by it now',
        'a man is dragging a woman by the hair down the alley right now, she is screaming',
      ],
      'crisis',
    );
  });
});

describe('Spanish said with the pronoun first', () => {
  it('reads "se quiere matar" and "me quiero matar" as suicide, "me quiere matar" as a threat', () => {
    expectKinds([
      ['mi cliente se quiere matar', 'suicide'],
      ['me quiero matar, ya no puedo', 'suicide'],
      ['la señora dice que su hijo se piensa colgar esta noche', 'suicide'],
      ['mi participante quiere acabar con su vida', 'suicide'],
      ['me quiero quitar la vida', 'suicide'],
      ['dice que se va a quitar la vida', 'suicide'],
      // The present said as a threat: "se quita la vida si lo desalojan" (if they evict him).
      ['mi cliente dice que se quita la vida si lo desalojan', 'suicide'],
      ['amenazó con matar a su jefe', 'violence'],
      ['mi esposo me quiere matar esta noche', 'violence'],
      ['el novio de mi clienta la quiere matar', 'violence'],
      ['su pareja la quiere matar, está en mi oficina', 'violence'],
    ]);
    // A working life is no life to end.
    expect(
      detectCrisis('mi cliente va a terminar con su vida laboral, se jubila en marzo').level,
    ).toBeNull();
    // Said outright, as "wants to end her life" is: a known phrase, which the classifier's doubt
    // never lowers to the line.
    for (const q of [
      'mi participante quiere acabar con su vida',
      'dice que se va a quitar la vida',
      'mi cliente dice que se quita la vida si lo desalojan',
    ])
      expect(explainCrisis(q).rules, q).toContain('known-phrase (crisis suicide)');
    // Meaning to kill another person is a known phrase too, as "wants to kill her" is; with the
    // person there now it is never doubted.
    for (const q of ['su pareja la quiere matar, está en mi oficina', 'quiere matar a su hermano'])
      expect(explainCrisis(q).rules, q).toContain('known-phrase (crisis violence)');
    expect(explainCrisis('mi jefe me va a matar si llego tarde').rules).toEqual([]);
    // Nor is a life being ruined ("ending his life" as what drinking does to it).
    expect(detectCrisis('el alcohol está acabando con su vida, cómo lo apoyo').level).toBeNull();
  });
});

describe('Spanish parallels of the signs read in English', () => {
  it('reads breathing, poison, hanging, the tracks, abuse, joining the dead and harm meant to someone', () => {
    expectKinds([
      ['no está respirando', 'medical'],
      ['dejó de respirar', 'medical'],
      ['apenas respira', 'medical'],
      ['tomó cloro', 'self-harm'],
      ['se tomó veneno', 'self-harm'],
      ['se colgó en el baño', 'suicide'],
      ['abusan de la niña', 'abuse'],
      ['quiere ahorcarse', 'suicide'],
      ['dice que quiere envenenarse', 'suicide'],
      ['está parado en la vía del tren', 'suicide'],
      ['tiene los labios azules', 'medical'],
      ['no le encuentro el pulso', 'medical'],
      ['se le duerme medio cuerpo y habla enredado', 'medical'],
      ['se echó agua hirviendo en la mano a propósito', 'self-harm'],
    ]);
    // A farewell post gets at least the line, as "posted a goodbye on facebook" does.
    expect(detectCrisis('publicó una despedida en facebook').level).not.toBeNull();
    // Harm meant to a person is a threat, joining the dead a farewell: at least the line, the
    // protocol as the classifier reads it.
    expectKinds(
      [
        ['quiere matar a su hermano', 'violence'],
        ['piensa balear a su ex', 'violence'],
        ['quiere apuñalar a su compañero de cuarto', 'violence'],
        ['se quiere ir con su hijo que murió', 'suicide'],
      ],
      true,
    );
  });

  it('reads a telenovela, a practice exam question and a what-if as framing, as in English', () => {
    expectEach(
      [
        'mi clienta vio una telenovela donde la protagonista se suicida, ¿lo hablamos en grupo?',
        'pregunta de práctica para el examen: ¿cuál es el primer paso si un cliente menciona un plan suicida?',
        'qué debo hacer si un participante me dice que quiere suicidarse? es para el taller',
        // The past, told in Spanish as in English ("when I was a girl", "a year ago").
        'mi tía intentó suicidarse cuando yo era niña y ahora trabajo en prevención, lo cuento en los talleres?',
        'hace un año mi cliente intentó quitarse la vida y hoy me dijo que se va a casar',
        // An exam's stem is study.
        'Which of the following is NOT a sign of opioid overdose? A) pinpoint pupils B) slow breathing C) dilated pupils D) blue lips',
      ],
      'no protocol',
    );
    // Dying of tiredness is a figure of speech, as dying of shame is.
    expect(level('ay me quiero morir de cansancio, ya me voy a dormir')).toBeNull();
    expect(level('mi cliente dice que se va a suicidar esta noche')).toBe('crisis');
  });

  it('keeps the everyday senses out: hung up, drug abuse, a goodbye to the team, killing time', () => {
    expectEach(
      [
        'se colgó con la renta este mes',
        'me colgó el teléfono mi supervisora',
        'el participante abusa de las drogas desde los 15',
        'mandó un mensaje de despedida al equipo porque cambia de trabajo',
        'en la capacitación hablamos del abuso de un niño y cuándo reportar',
        'quiere colgarse la medalla de 1 año en la junta',
        'se quiere ir con ella a vivir a Fresno',
        'quiere matar el tiempo antes de su cita',
        'este trabajo me quita la vida, estoy agotada',
      ],
      null,
    );
    // Knocking ("golpear a la puerta") may be someone banging to get in: since the classifier
    // learned the blind sets L and O to AE the everyday errand gets the line, never the protocol.
    expect(detectCrisis('fue a golpear a la puerta de su vecino para pedir azúcar').level).not.toBe(
      'crisis',
    );
  });
});

describe('a farewell told as an absence, and a schedule that is not one', () => {
  it('reads a goodbye for ever, a note for whoever finds it and not living to a date as a farewell', () => {
    expectKinds([
      ['my participant texted goodnight forever and now her phone is off', 'suicide'],
      ['client says he wont make it to christmas, sounded so calm, hes got pills saved', 'suicide'],
      ["she texted me 'i wont be here tomorrow. thank u for everything'", 'suicide'],
    ]);
    for (const q of [
      'found a letter on his bed addressed to whoever finds this',
      'a participant said she wont see 30',
      'worker here: i wrote my letters last night',
      "my mentee emailed 'by the time you read this' at 2am",
      "me pidió que cuidara a sus hijos 'cuando ya no esté'",
    ])
      expect(concepts(q), q).toContain('farewell');
  });

  it('gives no protocol to being away for a stated reason or asking for cover', () => {
    for (const q of [
      'i wont be here tomorrow, can someone cover group',
      'my client wont be here for christmas shes visiting family in fresno',
      'participant wont be around next week cause she has court, can i text her',
    ]) {
      expect(level(q), q).not.toBe('crisis');
      expect(concepts(q), q).not.toContain('farewell');
    }
  });
});
