// The parse cache: a file parsed once is read back as the same data; an edit misses; a file with
// problems is never kept, and a problem found later in cached data still names its line.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE } from '../../src/config.ts';
import { loadKnowledge } from '../../src/core/knowledge/load.ts';
import { parseCacheDir, useParseCache } from '../../src/core/knowledge/parse-cache.ts';
import { parseYaml } from '../../src/core/knowledge/yaml-file.ts';
import { kb, knowledgeDir } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useParseCache(PARSE_CACHE));

// Long enough to be kept (smaller files are parsed every time).
const long = (n: number) =>
  `items:\n${Array.from({ length: n }, (_, i) => `  - q: "question number ${i}"\n    n: ${i}\n`).join('')}`;

describe('the parse cache', () => {
  it('is what the tests and every program use, and only the build step writes it', () => {
    expect(parseCacheDir()).toBe(PARSE_CACHE);
    const cache = join(dir, 'read-only');
    useParseCache(cache);
    parseYaml({ file: 'r.yaml', text: long(200) });
    expect(() => readdirSync(cache)).toThrow();
  });

  it('gives back exactly what parsing gave, and parses an edited text again', () => {
    const cache = join(dir, 'a');
    useParseCache(cache, { write: true });
    const text = long(200);
    const first = parseYaml({ file: 'a.yaml', text });
    expect(readdirSync(cache)).toHaveLength(1);
    const second = parseYaml({ file: 'a.yaml', text });
    expect(second.problems).toEqual([]);
    expect(second.located.data).toEqual(first.located.data);
    // Lines are still found (parsed on demand) for a problem spotted after validation.
    expect(second.located.line(['items', 3, 'n'])).toBe(first.located.line(['items', 3, 'n']));
    expect(second.located.line(['items', 3, 'n'])).toBe(9);
    const edited = parseYaml({ file: 'a.yaml', text: text.replace('number 7"', 'number seven"') });
    expect((edited.located.data as { items: { q: string }[] }).items[7]?.q).toBe(
      'question number seven',
    );
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('never keeps a file with problems, nor what JSON cannot hold', () => {
    const cache = join(dir, 'b');
    useParseCache(cache, { write: true });
    const broken = `${long(200)}  - q: [unclosed\n`;
    expect(parseYaml({ file: 'b.yaml', text: broken }).problems).not.toEqual([]);
    expect(parseYaml({ file: 'b.yaml', text: broken }).problems).not.toEqual([]);
    const infinite = `${long(200)}limit: .inf\n`;
    expect(
      (parseYaml({ file: 'c.yaml', text: infinite }).located.data as { limit: number }).limit,
    ).toBe(Number.POSITIVE_INFINITY);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('a garbled cache entry is parsed again, not trusted', () => {
    const cache = join(dir, 'd');
    useParseCache(cache, { write: true });
    const text = long(150);
    parseYaml({ file: 'd.yaml', text });
    const [entry] = readdirSync(cache);
    writeFileSync(join(cache, entry as string), '{"items": [');
    expect(parseYaml({ file: 'd.yaml', text }).located.data).toEqual(
      parseYaml({ file: 'd.yaml', text }).located.data,
    );
    expect(
      (parseYaml({ file: 'd.yaml', text }).located.data as { items: unknown[] }).items,
    ).toHaveLength(150);
  });

  it('loads the real knowledge the same with and without it', () => {
    useParseCache(undefined);
    const parsed = loadKnowledge(knowledgeDir);
    expect(parsed).toEqual(kb);
  });
});
