// How the matcher reads who a question is about, how it reads exam stems and Spanish, and where
// it gets its extra example questions (knowledge/examples/<topic>.yaml).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/load.ts';
import { KnowledgeError } from '../../src/core/knowledge/problems.ts';
import { createMatcher, DEFAULT_OPTIONS } from '../../src/core/matcher.ts';
import { guide, kb, knowledgeDir } from '../helpers.ts';

describe('the work role', () => {
  it('turns down a question about the asker’s own life with no one they serve in it', () => {
    for (const q of [
      'my landlord raised my rent again, can he do that?',
      'my sister wants to borrow money for her car',
      'can I go to my own therapist about my divorce',
      // Step and extended family, and one's own people in Spanish.
      'my stepdaughter keeps asking to borrow my car, how do i say no',
      'mi tía quiere que le preste dinero para su negocio, cómo le digo que no',
    ]) {
      expect(guide.match(q).topic, q).toBeNull();
    }
  });

  it('answers the same words when someone served is in them', () => {
    const own = guide.match('my sister wants to borrow money for her car');
    const work = guide.match('a client wants to borrow money for her car');
    expect(work.topic).toBe('financial-dealings');
    expect(own.topic).toBeNull();
    expect(work.confidence ?? 0).toBeGreaterThan(own.confidence ?? 0);
  });

  it('lowers confidence without a role word, whatever the knowledge', () => {
    const plain = createMatcher(kb, {
      ...DEFAULT_OPTIONS,
      noRoleFactor: 1,
      prebuilt: guide.model() ?? undefined,
    });
    const q = 'is it ok to accept a gift card';
    expect(guide.match(q).confidence ?? 0).toBeLessThan(plain.match(q).confidence ?? 0);
  });

  it('reads someone acting toward the asker as the work, unless they are the asker’s own people', () => {
    const unnamed = guide.match('a guy offered me a gift card, can i take it');
    const none = guide.match('is a gift card ok to take');
    expect(unnamed.topic).toBe('gifts');
    expect(unnamed.confidence ?? 0).toBeGreaterThan(none.confidence ?? 0);
    expect(guide.match('alguien me regaló una tarjeta de regalo, la acepto?').topic).toBe('gifts');
    // Own people keep the lower bar: a sister offering a loan is the asker's own life.
    expect(guide.match('my sister offered me money for rent').topic).toBeNull();
    const off = createMatcher(kb, {
      ...DEFAULT_OPTIONS,
      towardMeFactor: DEFAULT_OPTIONS.noRoleFactor,
      prebuilt: guide.model() ?? undefined,
    });
    const q = 'a guy offered me a gift card, can i take it';
    expect(off.match(q).confidence ?? 0).toBeLessThan(unnamed.confidence ?? 0);
  });
});

describe('exam stems', () => {
  it('rank a certification-exam question as the bare question', () => {
    for (const [stem, bare] of [
      [
        'Which of the following best describes the right way to handle a gift card from a client?',
        'the right way to handle a gift card from a client',
      ],
      [
        'A participant asks the peer specialist for a ride home. What is the best response?',
        'A participant asks the peer specialist for a ride home.',
      ],
    ] as const) {
      expect(guide.match(stem).ranked.map((r) => r.id)).toEqual(
        guide.match(bare).ranked.map((r) => r.id),
      );
      expect(guide.match(stem).topic).toBe(guide.match(bare).topic);
    }
  });
});

describe('Spanish and code-switching', () => {
  it('finds the topic from Spanish words', () => {
    expect(guide.match('un participante me dio un regalo, lo puedo aceptar?').topic).toBe('gifts');
    expect(guide.match('mi participante me pidió dinero prestado').topic).toBe(
      'financial-dealings',
    );
    // The verb as asked for ("que le preste"), not only as named ("prestado").
    expect(guide.match('mi cliente quiere que le preste dinero').topic).toBe('financial-dealings');
  });
});

describe('knowledge/examples', () => {
  it('adds example questions to the matcher, apart from the topic file', () => {
    const gifts = kb.topicsById.get('gifts');
    expect(gifts?.examples?.length ?? 0).toBeGreaterThan(0);
    for (const q of gifts?.examples ?? []) expect(gifts?.questions).not.toContain(q);
  });

  it('refuses an examples file named after no topic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-extra-'));
    for (const sub of ['topics', 'quiz', 'examples']) mkdirSync(join(dir, sub));
    for (const f of ['sources.yaml', 'crisis.yaml'])
      copyFileSync(join(knowledgeDir, f), join(dir, f));
    copyFileSync(join(knowledgeDir, 'topics', 'gifts.yaml'), join(dir, 'topics', 'gifts.yaml'));
    writeFileSync(join(dir, 'examples', 'gifts.yaml'), 'questions:\n  - a client baked me a pie\n');
    writeFileSync(join(dir, 'examples', 'presents.yaml'), 'questions:\n  - can I keep it\n');
    try {
      loadKnowledge(dir);
      throw new Error('expected the knowledge base to be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError);
      const problems = (error as KnowledgeError).problems;
      const messages = problems.map((p) => `${p.file}: ${p.message}`);
      expect(messages).toContainEqual(
        expect.stringMatching(
          /presents\.yaml: no topic "presents": name the file after a topic id/,
        ),
      );
      expect(messages.filter((m) => m.includes('/examples/'))).toHaveLength(1);
    }
  });
});

describe('knowledge/training', () => {
  /** A knowledge folder with the real topics and one training set. */
  const folder = (training: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-training-'));
    for (const sub of ['quiz', 'training']) mkdirSync(join(dir, sub));
    for (const f of ['sources.yaml', 'crisis.yaml', 'out-of-scope.yaml'])
      copyFileSync(join(knowledgeDir, f), join(dir, f));
    cpSync(join(knowledgeDir, 'topics'), join(dir, 'topics'), { recursive: true });
    writeFileSync(join(dir, 'training', 'set.yaml'), training);
    return dir;
  };

  it('adds each question to the topic it expects, or to what is out of scope', () => {
    const loaded = loadKnowledge(
      folder(
        '- q: "a client baked me a pie"\n  expect: [gifts]\n- q: "where is the stapler"\n  none: true\n',
      ),
    );
    expect(loaded.topicsById.get('gifts')?.examples).toContain('a client baked me a pie');
    expect(loaded.outOfScope.questions).toContain('where is the stapler');
  });

  it('refuses a question for a topic that does not exist, by line', () => {
    try {
      loadKnowledge(folder('- q: "can I keep it"\n  expect: [presents]\n'));
      throw new Error('expected the knowledge base to be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError);
      const problems = (error as KnowledgeError).problems;
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.message).toBe('unknown topic "presents"');
      expect(problem?.line).toBe(2);
    }
  });

  it('holds the measured blind sets and the blind training corpus', () => {
    const gifts = kb.topicsById.get('gifts');
    expect(gifts?.examples?.length ?? 0).toBeGreaterThan(100);
    expect(kb.outOfScope.questions.length).toBeGreaterThan(500);
  });
});

describe('a long story and a question said not to be about the work', () => {
  const stories = [
    'Three years on the overnight warm line now, too much cold brew, my dog snores under the desk, the heater ticks all night. A regular caller asks for me by name every Tuesday. I am leaving for a day job next month. How do I end things with her?',
    'So the shelter kitchen was a zoo tonight, the dishwasher broke, somebody’s kid spilled a whole tray of rice, and the volunteers left early. In the middle of it one of the guests told me a lot about what happened in prison. Later I had to write my shift note. How much of that goes in the note?',
  ];

  it('answers a story by its closing question, whose details no topic explains', () => {
    const whole = createMatcher(kb, {
      ...DEFAULT_OPTIONS,
      closingConfidence: false,
      prebuilt: guide.model() ?? undefined,
    });
    expect(stories.map((q) => guide.match(q).topic)).toEqual([
      'termination-transitions',
      'documentation',
    ]);
    // Read as a whole, the first story's everyday details sit closer to the out-of-scope examples
    // (the second's since the measured sets learned on 2026-12-07 reach its shift note).
    expect(whole.match(stories[0] as string).topic).toBeNull();
  });

  it('turns down a question the asker says is not about the work', () => {
    expect(
      guide.match(
        'nothing to do with work, just me: I’ve been craving a drink all week since my sponsor moved. any ideas for the weekend?',
      ).topic,
    ).toBeNull();
    // Only the words "not about work" turn this one down: believed, it is the worker's own relapse.
    const q =
      'not about work, just me: I relapsed last weekend after four years. how do I get back on track?';
    expect(guide.match(q).topic).toBeNull();
    const believing = createMatcher(kb, {
      ...DEFAULT_OPTIONS,
      notWorkFactor: DEFAULT_OPTIONS.roleFactor,
      prebuilt: guide.model() ?? undefined,
    });
    expect(believing.match(q).topic).toBe('own-recovery-and-relapse');
    // "Not a client, me" keeps the worker's own recovery in scope.
    expect(
      guide.match(
        'this one is about me, not a client: six years clean and the cravings are back, what do I do at work',
      ).topic,
    ).toBe('own-recovery-and-relapse');
  });
});

describe('a client written "cx", a date from an app', () => {
  it('reads "cx" as the person served, so a short question in slang gets its topic', () => {
    expect(
      guide.match('is it ok to hug a cx when she is crying? my old supervisor said never').topic,
    ).toBe('physical-touch');
    expect(guide.match("can i tell my cx about a job opening at my cousin's shop lol").topic).toBe(
      'conflicts-of-interest',
    );
  });

  it('reads a dating app as the asker’s own life unless someone served is in it', () => {
    expect(
      guide.match(
        'went on a date with a guy i met on tinder, he talked about his ex all night, should i text him again?',
      ).confidence,
    ).toBeLessThan(0.5);
    expect(
      guide.match('a client matched with me on tinder, do i unmatch or say something').topic,
    ).toBe('romantic-sexual-relationships');
  });

  it('turns down a question about someone said not to be a client, never the asker’s own danger', () => {
    expect(
      guide.match(
        'should i tell the guy im seeing about my felony? not a client, just a dude from church',
      ).topic,
    ).toBeNull();
    expect(
      guide.match('not a client, just me: i relapsed saturday, do i tell my supervisor').topic,
    ).toBe('own-recovery-and-relapse');
  });
});
