import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRequired, loadKnowledge } from '../../src/core/knowledge/load.ts';
import { KnowledgeError, type KnowledgeProblem } from '../../src/core/knowledge/problems.ts';
import { REPLY_BUDGET } from '../../src/core/knowledge/schema.ts';
import { kb, knowledgeDir } from '../helpers.ts';

const TOPIC = `id: sample
title: A sample topic
questions: [one, two, three, four, five, six, seven, eight]
keywords: [alpha, beta, gamma]
principle: Keep it simple.
guidance:
  - Do this.
  - Then that.
reflection:
  - Why?
  - Why not?
sources:
  - id: naps-guidelines
    section: Peer support is voluntary
related: []
reviewed: { on: 2026-12-03, by: content lead, against: standards.md }
`;

/** A knowledge folder with the real sources and the given topic files; `other` holds any
 * other file by its path in the folder (quiz/<topic>.yaml, sources.yaml). */
function folder(topics: Record<string, string>, other: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  mkdirSync(join(dir, 'topics'));
  mkdirSync(join(dir, 'quiz'));
  for (const f of ['sources.yaml', 'crisis.yaml'])
    copyFileSync(join(knowledgeDir, f), join(dir, f));
  for (const [name, text] of Object.entries(topics)) writeFileSync(join(dir, 'topics', name), text);
  for (const [path, text] of Object.entries(other)) writeFileSync(join(dir, path), text);
  return dir;
}

function problems(
  topics: Record<string, string>,
  other: Record<string, string> = {},
): KnowledgeProblem[] {
  try {
    loadKnowledge(folder(topics, other));
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected the knowledge base to be rejected');
}

describe('the real knowledge base', () => {
  it('covers every required topic id', () => {
    const required = join(knowledgeDir, 'required-topics.yaml');
    const shared = parse(readFileSync(required, 'utf8')) as { topics: Record<string, string> };
    expect(checkRequired(kb, Object.keys(shared.topics))).toEqual([]);
    expect(Object.keys(shared.topics).length).toBeGreaterThanOrEqual(33);
  });

  it('gives every topic the content a reply needs', () => {
    for (const t of kb.topics) {
      expect(t.questions.length, t.id).toBeGreaterThanOrEqual(8);
      expect(t.principle.length, t.id).toBeLessThanOrEqual(200);
      expect(t.guidance.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.guidance.length, t.id).toBeLessThanOrEqual(5);
      expect(t.reflection.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.sources.length, t.id).toBeGreaterThanOrEqual(1);
      const longest = Math.max(...t.reflection.map((r) => r.length));
      const size = t.principle.length + t.guidance.join('').length + longest;
      expect(size, t.id).toBeLessThanOrEqual(REPLY_BUDGET);
    }
  });

  it('never advertises the retired 988 "press 3" option', () => {
    for (const t of kb.topics) expect(JSON.stringify(t), t.id).not.toMatch(/press 3/i);
  });
});

/** TOPIC citing `lines` (YAML list items) instead of its one source. */
const citing = (lines: string) =>
  TOPIC.replace('  - id: naps-guidelines\n    section: Peer support is voluntary\n', lines);

/** The real gifts quiz, every question citing `source` (whatever fields the quiz needs). */
const QUIZ = (source: string) =>
  readFileSync(join(knowledgeDir, 'quiz', 'gifts.yaml'), 'utf8').replace(
    /source: \{[^}\n]*\}/g,
    `source: ${source}`,
  );

describe('citations point at verified sections', () => {
  it('the real knowledge base lists, for each document, its sections and where they were verified', () => {
    for (const s of kb.sources.values()) {
      if (s.sections_verified) expect(s.sections?.length, s.id).toBeGreaterThan(0);
      else expect(s.sections ?? [], s.id).toEqual([]);
      for (const x of s.sections ?? []) expect(x.verified.trim(), `${s.id} ${x.name}`).not.toBe('');
    }
    // The headings the audit found invented or unverifiable are not citable as sections.
    expect(kb.sources.get('georgia-cps-code')?.sections_verified).toBe(false);
    expect(kb.sources.get('samhsa-core-competencies')?.sections_verified).toBe(false);
    const naps = kb.sources.get('naps-guidelines')?.sections?.map((x) => x.name);
    expect(naps).toContain('Peer supporters are respectful');
    expect(naps).not.toContain('Peer support is respectful');
  });

  it('the knowledge README lists, word for word, the citations authors can use', () => {
    const readme = readFileSync(join(knowledgeDir, 'README.md'), 'utf8');
    for (const s of kb.sources.values()) {
      const line = s.sections_verified
        ? `- \`${s.id}\`: ${(s.sections ?? []).map((x) => `\`${x.name}\``).join('; ')}`
        : `- \`${s.id}\`: whole document only, \`{ id: ${s.id} }\``;
      expect(readme, s.id).toContain(`${line}\n`);
    }
  });

  it('a section the document does not list is refused, naming the listed ones', () => {
    const list = problems({
      'sample.yaml': citing('  - id: naps-guidelines\n    section: Peer support is kind\n'),
    });
    expect(list).toEqual([
      expect.objectContaining({
        field: 'sources[0].section',
        line: 14,
        message: expect.stringMatching(
          /^"Peer support is kind" is not a verified section of "naps-guidelines"; sources\.yaml lists: .*Peer support is voluntary/,
        ),
      }),
    ]);
  });

  it('a document whose sections are unverified is cited as a whole, never by a section', () => {
    expect(() =>
      loadKnowledge(folder({ 'sample.yaml': citing('  - id: georgia-cps-code\n') })),
    ).not.toThrow();
    const list = problems({
      'sample.yaml': citing(
        '  - id: georgia-cps-code\n    section: No gifts of significant value\n',
      ),
    });
    expect(list).toEqual([
      expect.objectContaining({
        field: 'sources[0].section',
        message: expect.stringMatching(
          /"georgia-cps-code" has no verified sections: cite the whole document/,
        ),
      }),
    ]);
  });

  it('a document with verified sections is cited by one of them, not as a whole', () => {
    const list = problems({ 'sample.yaml': citing('  - id: naps-guidelines\n') });
    expect(list).toEqual([
      expect.objectContaining({
        field: 'sources[0].section',
        message: expect.stringMatching(/^cite one of the verified sections of "naps-guidelines"/),
      }),
    ]);
  });

  it('a quiz question is held to the same rule', () => {
    const ok = folder(
      { 'sample.yaml': TOPIC },
      { 'quiz/sample.yaml': QUIZ('{ id: samhsa-core-competencies }') },
    );
    expect(loadKnowledge(ok).quiz[0]?.source).toEqual({ id: 'samhsa-core-competencies' });
    const list = problems(
      { 'sample.yaml': TOPIC },
      {
        'quiz/sample.yaml': QUIZ('{ id: sc-cpss-code, section: "Serve only in sanctioned hours" }'),
      },
    );
    expect(list.length).toBeGreaterThan(0);
    expect(list).toEqual(
      list.map(() =>
        expect.objectContaining({
          file: expect.stringMatching(/quiz\/sample\.yaml$/),
          field: expect.stringMatching(/^questions\[\d+\]\.source\.section$/),
          message: expect.stringMatching(
            /not a verified section of "sc-cpss-code"; sources\.yaml lists: Item 5; Item 6/,
          ),
        }),
      ),
    );
  });

  it('a document must list its verified sections or say that none are', () => {
    const list = problems(
      { 'sample.yaml': TOPIC },
      {
        'sources.yaml': `sources:
  - id: naps-guidelines
    title: National Practice Guidelines for Peer Supporters
  - id: samhsa-core-competencies
    title: Core Competencies
    sections_verified: false
    sections: [{ name: Links to resources, verified: a guess }]
`,
      },
    );
    expect(list.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '2 sources[0].sections: list the verified sections, or say sections_verified: false',
      '7 sources[1].sections: a document with sections_verified: false lists no sections',
    ]);
  });
});

describe('each topic records its last review', () => {
  it('every topic in the real knowledge base says when, by which role and against what', () => {
    for (const t of kb.topics) {
      expect(t.reviewed.on, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.reviewed.by, t.id).toMatch(/^[a-z]/);
      expect(t.reviewed.against, t.id).not.toBe('');
    }
  });

  it('a topic without a review, a person named as reviewer, or a date that does not exist is refused', () => {
    const without = problems({ 'sample.yaml': TOPIC.replace(/reviewed: .*\n/, '') });
    expect(without).toContainEqual(expect.objectContaining({ field: 'reviewed', line: 1 }));
    const named = problems({
      'sample.yaml': TOPIC.replace('by: content lead', 'by: Maria Lopez'),
    });
    expect(named).toEqual([
      expect.objectContaining({
        field: 'reviewed.by',
        message: expect.stringMatching(/a role in lowercase words .* never a person's name/),
      }),
    ]);
    const day = problems({ 'sample.yaml': TOPIC.replace('2026-12-03', '2026-02-30') });
    expect(day).toEqual([
      expect.objectContaining({ field: 'reviewed.on', message: 'must be a real date' }),
    ]);
  });
});

describe('a malformed knowledge file', () => {
  it('a YAML syntax error names the file and line', () => {
    const [p] = problems({
      'sample.yaml': TOPIC.replace('keywords: [alpha, beta, gamma]', 'keywords: [alpha, beta'),
    });
    expect(p?.file).toMatch(/sample\.yaml$/);
    expect(p?.line).toBeGreaterThanOrEqual(4);
    expect(p?.message).toMatch(/YAML syntax/);
  });

  it('a missing field names the field', () => {
    const list = problems({ 'sample.yaml': TOPIC.replace('principle: Keep it simple.\n', '') });
    expect(list).toContainEqual(expect.objectContaining({ field: 'principle', line: 1 }));
  });

  it('a bad value names the field and its line', () => {
    const long = `principle: ${'x'.repeat(201)}`;
    const list = problems({ 'sample.yaml': TOPIC.replace('principle: Keep it simple.', long) });
    expect(list).toContainEqual(expect.objectContaining({ field: 'principle', line: 5 }));
  });

  it('a second sentence in the principle is refused', () => {
    const list = problems({
      'sample.yaml': TOPIC.replace('Keep it simple.', 'Keep it simple. Then more.'),
    });
    expect(list).toContainEqual(
      expect.objectContaining({ field: 'principle', message: 'must be one sentence' }),
    );
  });

  it('an unknown field points at its own line', () => {
    const list = problems({ 'sample.yaml': `${TOPIC}colour: blue\n` });
    expect(list).toContainEqual(expect.objectContaining({ field: 'colour', line: 17 }));
  });

  it('a reply too long for a phone is refused', () => {
    const list = problems({
      'sample.yaml': TOPIC.replace(
        '  - Then that.',
        `  - ${'word '.repeat(59)}\n  - ${'word '.repeat(59)}\n  - ${'word '.repeat(59)}\n  - ${'word '.repeat(59)}`,
      ),
    });
    expect(list).toContainEqual(
      expect.objectContaining({ field: 'guidance', message: expect.stringMatching(/within 900/) }),
    );
  });

  it('unknown related topics and sources name the list item', () => {
    const text = TOPIC.replace('related: []', 'related: [nowhere]').replace(
      'id: naps-guidelines',
      'id: made-up-code',
    );
    const list = problems({ 'sample.yaml': text });
    expect(list).toContainEqual(
      expect.objectContaining({
        field: 'related[0]',
        line: 15,
        message: 'unknown topic "nowhere"',
      }),
    );
    expect(list).toContainEqual(expect.objectContaining({ field: 'sources[0].id', line: 13 }));
  });

  it('an id that does not match the file name, and duplicate ids, are refused', () => {
    const list = problems({ 'sample.yaml': TOPIC, 'other.yaml': TOPIC });
    expect(list).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/other\.yaml$/), field: 'id' }),
    );
    expect(list.some((p) => /duplicate topic id/.test(p.message))).toBe(true);
  });

  it('an alias bomb is refused, naming the file', () => {
    // Nine levels of ten aliases each: a billion strings once expanded.
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const list = problems({ 'sample.yaml': TOPIC, 'bomb.yaml': `${levels.join('\n')}\n` });
    expect(list).toContainEqual({
      file: expect.stringMatching(/topics\/bomb\.yaml$/),
      line: 1,
      field: '',
      message: expect.stringMatching(/too many aliases/),
    });
  });

  it('a file over the size limit is refused before it is parsed, naming the file and the limit', () => {
    // A valid topic padded with a comment to 5 MB: the size alone is refused, and quickly.
    const padded = `${TOPIC}# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const started = performance.now();
    const list = problems({ 'sample.yaml': padded });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(list).toEqual([
      {
        file: expect.stringMatching(/topics\/sample\.yaml$/),
        line: 1,
        field: '',
        message: 'is 5.0 MB; a knowledge file may be at most 256 KB',
      },
    ]);
  });

  it('a folder or other non-file named like a YAML file is refused, naming it', () => {
    const dir = folder({ 'sample.yaml': TOPIC });
    mkdirSync(join(dir, 'topics', 'notes.yaml'));
    try {
      loadKnowledge(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError);
      expect((error as KnowledgeError).problems).toContainEqual(
        expect.objectContaining({
          file: expect.stringMatching(/topics\/notes\.yaml$/),
          message: 'is not a file',
        }),
      );
    }
  });

  it('the error message lists file:line field: message', () => {
    try {
      loadKnowledge(folder({ 'sample.yaml': TOPIC.replace('related: []', 'related: [nowhere]') }));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(
        /sample\.yaml:15 related\[0\]: unknown topic "nowhere"/,
      );
    }
  });
});
