// A danger word inside a quoted title ("played 'I Shot the Sheriff'"), a thing that will not stop
// ringing, a course's case studies and homework, a what-if about someone pulled from the water, a
// harm told as long over (a year written short, laughed about now, years off pills, an
// anniversary counted back), a dual relationship in Spanish, a rule bent that "nobody will care"
// about, someone brought to a program who "did not want to be here" and money someone "will pay";
// beside them, dangers that keep the protocol, and a belly held after a kick read as an injury,
// not self-harm. Messages of my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/core/safety/crisis.ts';
import { expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a title, a thing, a lesson or a story told as over', () => {
  it('gives no protocol', () => {
    expectEach(
      [
        "the dj played 'I Shot the Sheriff' at our recovery dance and a client asked me to dance, ok to say yes?",
        'my work phone will not stop ringing, about to drown it in the sink lol',
        'the mandated reporter module case studies today were rough, burns on a toddler in one of them',
        'CPR class homework: how do you tell a seizure from someone who fainted?',
        'if someone gets pulled out of the river not breathing on our camping trip, do staff do cpr or wait for rangers',
        "a client told me he got shot outside a bar in '98, he laughs about it now and shows me the scar",
        "my brother overdosed and died in 2019, today is the anniversary. going to a meeting tonight, i'm ok",
        'client is 3 yrs off pills now and wants to tell her overdose story at our event, how do i support her',
        'una participante me pidió ser su madrina de boda, ¿son relaciones duales?',
        'my lead says just backdate the group note to friday, nobody will care. is that ok?',
        'a new member was dropped off by his mom and did not want to be here, how do i explain my role',
      ],
      'no protocol',
    );
  });

  it('reads money paid as no threat', () => {
    expectEach(
      [
        'my cousin runs a sober living and says he will pay me per referral if i send him people from my caseload',
      ],
      null,
    );
  });
});

describe('dangers beside the look-alikes', () => {
  it('keeps the protocol, with the right kind', () => {
    expectKinds([
      [
        'client at the laundromat giving away all her clothes, says she will not need any of it after tonight',
        'suicide',
      ],
      ['he is holding a lighter to his forearm in the bathroom right now', 'self-harm'],
      ['a guy in our lobby says he is going to shoot up the church on 5th tonight', 'violence'],
      // Despair said outright stays a crisis beside the look-alikes above.
      ['i just do not want to be here anymore, nobody will care if i am gone', 'suicide'],
      ['he was brought in by the police and says he does not want to live', 'suicide'],
    ]);
  });

  it('reads a belly held after a kick as an injury, not self-harm', () => {
    const q =
      "my client got kicked by a horse, now he's pale and holding his belly and says he is going to pass out";
    expectKinds([[q, 'medical']]);
    expect(detectCrisis(q).kinds, q).not.toContain('self-harm');
  });
});
