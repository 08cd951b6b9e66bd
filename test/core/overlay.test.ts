import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { layoutTopic } from '../../src/core/answer-first.ts';
import type { TopicGuidance } from '../../src/core/guidance.ts';
import { createGuide, type GuideOptions } from '../../src/core/guide.ts';
import { loadKnowledge } from '../../src/core/knowledge/load.ts';
import { applyOverlay, loadKnowledgeWithOverlay } from '../../src/core/knowledge/overlay.ts';
import { KnowledgeError, type KnowledgeProblem } from '../../src/core/knowledge/problems.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import type { Matcher } from '../../src/core/matching.ts';
import { kb, knowledgeDir } from '../helpers.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'agency');
const merged = applyOverlay(kb, fixture);
// Training the engine on a merged knowledge base takes seconds: the tests that answer from it
// share one matcher (each still gets its own guide and options).
let mergedMatcher: Matcher | undefined;
function mergedGuide(options: GuideOptions = {}) {
  mergedMatcher ??= createMatcher(merged.kb);
  return createGuide(merged.kb, { ...options, matcher: mergedMatcher });
}

/** An overlay folder holding just the given files (path -> YAML). */
function overlay(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'agency-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function problems(files: Record<string, string>): KnowledgeProblem[] {
  try {
    applyOverlay(kb, overlay(files));
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected the overlay to be rejected');
}

const NEW_TOPIC = `id: fundraising
title: Fundraising with participants
questions: [one, two, three, four, five, six, seven, eight]
keywords: [raffle, bake sale, donation]
principle: Keep fundraising voluntary and open.
guidance:
  - Ask your supervisor first.
  - Never press anyone to give.
reflection:
  - Who benefits?
  - Would everyone feel free to say no?
sources:
  - id: medi-cal-pss-code
    section: Integrity
related: [gifts]
reviewed: { on: 2026-11-30, by: program manager, against: our fundraising policy }
`;

// A guide built on merged knowledge trains its re-ranker on the main thread (the shipped model
// fits only the base): 12-16 s a test here and more on a loaded machine, near the 20 s default.
describe('an agency overlay merged over the base', { timeout: 60_000 }, () => {
  const gifts = merged.kb.topicsById.get('gifts');
  const baseGifts = kb.topicsById.get('gifts');

  it('replaces a text field and extends lists without repeating what the base has', () => {
    expect(gifts?.agency_policy).toMatch(/\$20/);
    expect(gifts?.questions).toContain('is the twenty dollar gift limit per gift or per year');
    // "can i accept a gift from a client" is in the base already (another case): not repeated.
    expect(gifts?.questions.length).toBe((baseGifts?.questions.length ?? 0) + 1);
    expect(gifts?.keywords.at(-1)).toBe('twenty dollar limit');
    expect(gifts?.nuance).toHaveLength(3);
    expect(gifts?.sources.at(-1)).toEqual({
      id: 'fixture-agency-handbook',
      section: '4.2 Gifts and gratuities',
    });
    expect(gifts?.guidance).toEqual(baseGifts?.guidance);
    expect(gifts?.file).toMatch(/fixtures\/agency\/topics\/gifts\.yaml$/);
  });

  it('replaces a list named in `replace`', () => {
    expect(merged.kb.topicsById.get('transportation')?.guidance).toEqual([
      'Drive participants only in an agency car, after the driver check, never in your own.',
      'Log every ride in the vehicle log before and after.',
    ]);
  });

  it('adds new topics, sources and quiz questions, and says what changed', () => {
    expect(merged.summary).toEqual({
      changed: ['gifts', 'transportation'],
      added: ['bus-passes'],
      sources: 1,
      contacts: 2,
      quiz: 1,
    });
    expect(merged.kb.topics.map((t) => t.id)).toEqual([
      ...kb.topics.map((t) => t.id),
      'bus-passes',
    ]);
    expect(merged.kb.topics.find((t) => t.id === 'gifts')).toBe(gifts);
    expect(merged.kb.sources.get('fixture-agency-handbook')?.publisher).toBe('Fixture Agency');
    expect(merged.kb.quiz).toHaveLength(kb.quiz.length + 1);
    expect(merged.kb.quiz.at(-1)).toMatchObject({
      id: 'fixture-gifts-1',
      topic: 'gifts',
      correct: 1,
    });
  });

  it('leaves the base knowledge untouched', () => {
    expect(baseGifts?.agency_policy).not.toMatch(/\$20/);
    expect(kb.topicsById.has('bus-passes')).toBe(false);
    expect(kb.crisis.contacts.map((c) => c.label)).not.toContain('County mobile crisis');
    expect(applyOverlay(kb, fixture).kb.topicsById.get('gifts')?.nuance).toHaveLength(3);
  });

  it('loads from folders, and without an agency folder is the base alone', () => {
    const both = loadKnowledgeWithOverlay(knowledgeDir, fixture);
    expect(both.topicsById.get('bus-passes')?.title).toBe('Bus passes and incentives');
    expect(loadKnowledgeWithOverlay(knowledgeDir).topics.length).toBe(kb.topics.length);
  });

  it('answers from the merged knowledge', () => {
    const guide = mergedGuide();
    const g = guide.answer('is the twenty dollar gift limit per gift or per year');
    expect(g.topic?.id).toBe('gifts');
    expect(guide.topic('gifts')?.agencyPolicy).toMatch(/\$20/);
    expect(guide.answer('can i hand out bus passes to the people i support').topic?.id).toBe(
      'bus-passes',
    );
    expect(guide.topic('bus-passes')?.sources.map((s) => s.title)).toContain(
      'Fixture Agency Peer Services Handbook (2025)',
    );
  });
});

describe('the example overlay for agencies (examples/agency)', { timeout: 60_000 }, () => {
  const example = applyOverlay(kb, join(repoRoot, 'examples', 'agency'));

  it('sets the $20 gift limit, the ride policy, a topic, contacts and a quiz question', () => {
    expect(example.summary).toEqual({
      changed: ['gifts', 'transportation'],
      added: ['participant-incentives'],
      sources: 2,
      contacts: 2,
      quiz: 1,
    });
    expect(example.kb.topicsById.get('gifts')?.agency_policy).toMatch(/\$20 or less/);
    expect(example.kb.topicsById.get('transportation')?.guidance[0]).toMatch(/agency vehicle/);
  });

  it('states the $20 limit in place of the generic "no code sets a limit" step, on the first screen', () => {
    const base = kb.topicsById.get('gifts')?.guidance ?? [];
    const at = base.findIndex((g) => /dollar limit/i.test(g));
    const gifts = example.kb.topicsById.get('gifts');
    expect(gifts?.guidance).toHaveLength(base.length);
    expect(gifts?.guidance[at]).toMatch(/Our limit is \$20/);
    expect(gifts?.guidance.join(' ')).not.toMatch(/dollar limit/i);
    expect(gifts?.agency_steps).toEqual([at]);
    const reply = createGuide(example.kb).answer('can I accept a gift from a client');
    const { first, more } = layoutTopic(reply.topic as TopicGuidance);
    expect(first.steps.map((s) => s.text)).toContain(gifts?.guidance[at]);
    expect(JSON.stringify(more)).not.toMatch(/no code sets/i);
  });

  it('adds local words to the base lexicon and turned-down questions to the base ones', () => {
    expect(example.kb.lexicon.synonyms['bus pass']).toContain('tap card');
    expect(example.kb.lexicon.synonyms.client).toEqual(kb.lexicon.synonyms.client);
    const own = applyOverlay(
      kb,
      overlay({
        'out-of-scope.yaml': 'keywords: [parking permit]\n',
        'lexicon.yaml': 'synonyms:\n  client: [neighbor]\n',
      }),
    ).kb;
    expect(own.outOfScope.keywords).toEqual([...kb.outOfScope.keywords, 'parking permit']);
    expect(own.outOfScope.questions).toEqual(kb.outOfScope.questions);
    expect(own.lexicon.synonyms.client).toEqual([
      ...(kb.lexicon.synonyms.client ?? []),
      'neighbor',
    ]);
  });

  it('reads lexicon words named like built-in object properties as plain words', () => {
    const own = applyOverlay(
      kb,
      overlay({
        'lexicon.yaml':
          'synonyms:\n  constructor: [builder]\n  __proto__: [proto]\n  toString: [tostring]\n' +
          'misspellings:\n  hasOwnProperty: [hasownproperty]\n',
      }),
    ).kb;
    const synonyms = own.lexicon.synonyms;
    expect(Object.hasOwn(synonyms, 'constructor') && synonyms.constructor).toEqual(['builder']);
    // The schema drops a "__proto__" key; it must never become the table's prototype.
    expect(Array.isArray(Object.getPrototypeOf(synonyms))).toBe(false);
    expect(Object.hasOwn(synonyms, 'toString') && synonyms.toString).toEqual(['tostring']);
    expect(synonyms.client).toEqual(kb.lexicon.synonyms.client);
    const g = createGuide(own).answer('the builder constructor offered me a gift card');
    expect(g.topic?.id).toBe('gifts');
  });
});

describe('crisis contacts from the overlay', () => {
  it('come before the national ones in the knowledge base', () => {
    expect(merged.kb.crisis.contacts.map((c) => c.label)).toEqual([
      'County mobile crisis',
      'On-call supervisor',
      ...kb.crisis.contacts.map((c) => c.label),
    ]);
    expect(merged.kb.crisis.kinds).toEqual(kb.crisis.kinds);
  });

  it('follow the CRISIS_CONTACTS setting and precede the national ones in a crisis reply', () => {
    const guide = mergedGuide({
      crisisContacts: [{ label: 'From the setting', value: '555-0199' }],
    });
    const g = guide.answer('my client says she wants to kill herself tonight');
    expect(g.safety).toBe('crisis');
    expect(g.crisis?.contacts.map((c) => c.label)).toEqual([
      'From the setting',
      'County mobile crisis',
      'On-call supervisor',
      // National contacts meant for other kinds of danger (Poison Help) stay off this card.
      ...kb.crisis.contacts
        .filter((c) => !c.kinds || c.kinds.includes('suicide'))
        .map((c) => c.label),
    ]);
  });

  it('may not change the national protocol', () => {
    const [p] = problems({
      'crisis.yaml': 'steps:\n  - Call the office.\ncontacts:\n  - { label: A, value: "1" }\n',
    });
    expect(p).toMatchObject({ line: 1, field: 'steps' });
    expect(p?.file).toMatch(/crisis\.yaml$/);
    expect(p?.message).toMatch(/contacts only/);
  });
});

describe('a bad overlay is rejected with its file and line', () => {
  it('a field of the wrong type in a change to a base topic', () => {
    const ps = problems({
      'topics/gifts.yaml': 'id: gifts\n# our steps\nguidance: Ask your supervisor.\n',
    });
    expect(ps).toHaveLength(1);
    expect(ps[0]?.file).toMatch(/agency-.*\/topics\/gifts\.yaml$/);
    expect(ps[0]).toMatchObject({ line: 3, field: 'guidance' });
    expect(ps[0]?.message).toMatch(/expected array/);
  });

  it('an unknown field', () => {
    const [p] = problems({ 'topics/gifts.yaml': 'id: gifts\nsteps:\n  - Ask.\n' });
    expect(p).toMatchObject({ line: 2, field: 'steps' });
    expect(p?.message).toMatch(/unknown field/);
  });

  it('a change that breaks the schema once merged names the agency line', () => {
    const [p] = problems({
      'topics/gifts.yaml': `id: gifts
nuance:
  - { when: A, then: B }
  - { when: C, then: D }
`,
    });
    expect(p).toMatchObject({ line: 2, field: 'nuance' });
    expect(p?.message).toMatch(/after merging with .*knowledge\/topics\/gifts\.yaml/);
  });

  it('a step that makes the reply too long for a phone', () => {
    const [p] = problems({
      'topics/gifts.yaml': `id: gifts\nagency_policy: Ours.\nguidance:\n  - ${'Long step. '.repeat(27).trim()}\n`,
    });
    expect(p).toMatchObject({ line: 3, field: 'guidance' });
    expect(p?.message).toMatch(/900/);
  });

  it('an item that fails is named by its index in the agency file', () => {
    const [p] = problems({
      'topics/gifts.yaml':
        'id: gifts\nsources:\n  - id: georgia-cps-code\n  - id: no-such-policy\n    section: Ours\n',
    });
    expect(p).toMatchObject({ line: 4, field: 'sources[1].id' });
    expect(p?.message).toMatch(/unknown source "no-such-policy"/);
  });

  it('`replace_steps` quoting words no base step holds', () => {
    const [p] = problems({
      'topics/gifts.yaml':
        'id: gifts\nreplace_steps:\n  - base: words no step has\n    with: Our rule.\n',
    });
    expect(p).toMatchObject({ line: 3, field: 'replace_steps[0].base' });
    expect(p?.message).toMatch(/no step of .*gifts\.yaml contains "words no step has"/);
  });

  it('`replace` naming a list the file does not give', () => {
    const [p] = problems({ 'topics/gifts.yaml': 'id: gifts\nreplace: [guidance]\n' });
    expect(p).toMatchObject({ line: 2, field: 'replace[0]' });
  });

  it('an unknown id is a new topic: a mistyped base id says so, and names the nearest', () => {
    const ps = problems({ 'topics/gift.yaml': 'id: gift\nagency_policy: Up to $20.\n' });
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ line: 1, field: 'id' });
    expect(ps[0]?.message).toMatch(/no base topic "gift".*needs every field.*did you mean "gifts"/);
  });

  it('a new topic must pass the whole schema and reference what exists', () => {
    const ps = problems({
      'topics/fundraising.yaml': NEW_TOPIC.replace('related: [gifts]', 'related: [nope]'),
      'topics/other.yaml': NEW_TOPIC.replace('questions: [one, two', 'questions: [two'),
      'topics/renamed.yaml': NEW_TOPIC.replace('id: fundraising', 'id: raffles'),
    });
    expect(ps.map((p) => `${p.file.split('/').at(-1)}:${p.line} ${p.field}`)).toEqual([
      'other.yaml:3 questions',
      'renamed.yaml:1 id',
      'fundraising.yaml:15 related[0]',
    ]);
    expect(ps[0]?.message).toMatch(/at least 8/);
    expect(ps[1]?.message).toMatch(/id "raffles" must match the file name "renamed"/);
    expect(ps[2]?.message).toMatch(/unknown topic "nope"/);
  });

  it('a source id the base already uses', () => {
    const [p] = problems({
      'sources.yaml':
        'sources:\n  - id: ours\n    title: Our policy\n    sections_verified: false\n  - id: naadac-code\n    title: Ours too\n    sections_verified: false\n',
    });
    expect(p).toMatchObject({ line: 5, field: 'sources[1].id' });
    expect(p?.message).toMatch(/base bibliography/);
  });

  it('a quiz id the base already uses, or a quiz for no topic', () => {
    const q = (id: string) => `questions:
  - id: ${id}
    area: Advocacy
    scenario: What now?
    options:
      - text: A
        correct: true
      - text: B
        why: Not B.
      - text: C
        why: Not C.
      - text: D
        why: Not D.
    explanation: Because.
    source: { id: naadac-code, section: "Principle I, The Counseling Relationship" }
`;
    const ps = problems({ 'quiz/gifts.yaml': q('gifts-1'), 'quiz/nothing.yaml': q('ours-1') });
    expect(ps.map((p) => `${p.file.split('/').at(-1)}:${p.line} ${p.field}`)).toEqual([
      'gifts.yaml:2 questions[0].id',
      'nothing.yaml:1 ',
    ]);
    expect(ps[0]?.message).toMatch(/duplicate quiz id "gifts-1"/);
  });

  it('an alias bomb or an oversized file, naming the file', () => {
    const ps = problems({
      'topics/gifts.yaml': `id: gifts\nx: &x [a, a, a, a, a, a, a, a, a, a]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `y${i}: &y${i} [${Array(10)
            .fill(i ? `*y${i - 1}` : '*x')
            .join(', ')}]`,
      ).join('\n')}\n`,
      'sources.yaml': `# ${'x'.repeat(300 * 1024)}\n`,
    });
    expect(ps.map((p) => `${p.file.split('/').at(-1)}: ${p.message}`)).toEqual([
      'sources.yaml: is 301 KB; a knowledge file may be at most 256 KB',
      expect.stringMatching(/^gifts\.yaml: .*too many aliases/),
    ]);
  });

  it('a folder that does not exist', () => {
    expect(() => loadKnowledgeWithOverlay(knowledgeDir, join(tmpdir(), 'no-such-agency'))).toThrow(
      /agency knowledge folder does not exist/,
    );
  });

  it('reports every problem at once, as the base loader does', () => {
    const ps = problems({
      'topics/gifts.yaml': 'id: gifts\nguidance: text\n',
      'crisis.yaml': 'contacts: []\n',
      'lexicon.yaml': 'synonyms: [a]\n',
    });
    expect(ps.map((p) => p.file.split('/').at(-1)).sort()).toEqual([
      'crisis.yaml',
      'gifts.yaml',
      'lexicon.yaml',
    ]);
  });
});

it('the base loader still loads the same base', () => {
  expect(loadKnowledge(knowledgeDir).topics.length).toBe(kb.topics.length);
});
