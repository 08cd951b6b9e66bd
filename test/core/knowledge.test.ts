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
`;

/** A knowledge folder with the real sources and the given topic files. */
function folder(topics: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  mkdirSync(join(dir, 'topics'));
  for (const f of ['sources.yaml', 'crisis.yaml'])
    copyFileSync(join(knowledgeDir, f), join(dir, f));
  for (const [name, text] of Object.entries(topics)) writeFileSync(join(dir, 'topics', name), text);
  return dir;
}

function problems(topics: Record<string, string>): KnowledgeProblem[] {
  try {
    loadKnowledge(folder(topics));
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
    expect(list).toContainEqual(expect.objectContaining({ field: 'colour', line: 16 }));
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
