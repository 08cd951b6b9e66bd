// A lesson given up for what just happened ("I was making a training deck and I have to stop"),
// a message written "like an exam question" because that is how the mind works now, someone
// followed for blocks, a farewell by logging off or by a pet's new home, a farm poison to be drunk;
// beside them, look-alikes: a violent verb aimed at a meter, a weed or a pest, a danger's look
// taught to someone, a worry "if that ever happens" and an item written exam-style. Messages of
// my own, never a set's sentences.
import { describe, expect, it } from 'vitest';
import { concepts, expectEach, expectKinds } from '../support/crisis-expect.ts';

describe('a lesson given up, and the same words as a lesson', () => {
  it('reads what happened once the lesson is given up', () => {
    expectKinds([
      [
        'i was working on the quiz for friday but actually a guy in the lobby just dropped and is not breathing, what first',
        'medical',
      ],
      [
        'I was going to ask about the slides for orientation, scratch that, my participant just told me he has the pills saved and is taking them tonight',
        'suicide',
      ],
      [
        'typing this like a test question bc my head is mush: a member says she will jump from the parking garage when I leave. what is the first step. she is next to me',
        'suicide',
      ],
    ]);
  });

  it('reads a follower, a log-off for good and a pet given a new home', () => {
    expectKinds([
      [
        'a man has been following my participant for five blocks since the library, hes right behind us now',
        'violence',
      ],
      [
        'she posted shes logging off for good, her cat should go to her neighbor, and nobody can reach her',
        'suicide',
      ],
    ]);
  });

  it('reads a farm or garage poison to be drunk as a means, not as violence', () => {
    const q =
      'packing shed, he says tonight he will drink the weed killer his boss keeps locked up';
    expect(concepts(q)).toContain('means');
    expectKinds([[q, 'suicide']]);
  });

  it('still reads a person harmed beside such a thing', () => {
    expectKinds([['he said he will stab the guard near machines tonight', 'violence']]);
  });

  it('gives no protocol to a thing struck, a lesson taught or a worry ahead', () => {
    expectEach(
      [
        'gonna strangle the ticket machine at the lot, it ate another five',
        'about to poison all the gophers in the clinic garden, they ate the tomatoes',
        'my client wants to teach her kids what an overdose looks like so they can use narcan, any handout?',
        'kinda scared of the first time a member says they want to kill themselves. if that ever happens what do i say first',
        'quiz style: which of these is a sign of an overdose? a) pinpoint pupils b) yawning c) sneezing d) hiccups',
      ],
      'no protocol',
    );
  });
});
