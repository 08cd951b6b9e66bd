// Parse one YAML file and validate it, keeping line numbers for every problem.
import { type Document, isCollection, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { cachedParse, rememberParse } from './parse-cache.ts';
import type { KnowledgeProblem } from './problems.ts';

type Path = (string | number)[];

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

/** The line of the deepest node on `path` that exists (a missing field points at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (node && range) {
      // For a key whose value is a collection, point at the key's line rather than the value's.
      const offset =
        n > 0 && isCollection(node) ? (keyOffset(doc, path.slice(0, n)) ?? range[0]) : range[0];
      return lines.linePos(offset).line;
    }
  }
  return 1;
}

function keyOffset(doc: Document, path: Path): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!parent || !isCollection(parent)) return undefined;
  const last = path[path.length - 1];
  for (const item of parent.items) {
    const key = (item as { key?: { value?: unknown; range?: [number, number, number] } }).key;
    if (key && key.value === last && key.range) return key.range[0];
  }
  return undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

export interface YamlSource {
  /** File name as shown to people. */
  file: string;
  text: string;
}

export interface LocatedYaml {
  file: string;
  /** The document as plain data (null when it could not be built). */
  data: unknown;
  line: (path: Path) => number;
}

type ParsedYaml = { located: LocatedYaml; problems: KnowledgeProblem[] };

/** A YAML file's data, with the line of any path in it. Text parsed before without problems
 * comes from the parse cache; its lines are found only if a problem needs one. */
export function parseYaml(src: YamlSource): ParsedYaml {
  const data = cachedParse(src.text);
  if (data !== undefined) {
    let parsed: ParsedYaml | undefined;
    const line = (path: Path) => {
      parsed ??= parseFully(src);
      return parsed.located.line(path);
    };
    return { located: { file: src.file, data, line }, problems: [] };
  }
  const parsed = parseFully(src);
  if (!parsed.problems.length) rememberParse(src.text, parsed.located.data);
  return parsed;
}

function parseFully(src: YamlSource): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(src.text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const problems = doc.errors.map((e) => ({
    file: src.file,
    line: e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line,
    field: '',
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  let data: unknown = null;
  if (!problems.length) {
    // Aliases (*name) that expand to far more data than the file holds (an "alias bomb")
    // make the yaml library throw: a problem in this file, not a crash without a name.
    try {
      data = doc.toJS();
    } catch (error) {
      problems.push({
        file: src.file,
        line: 1,
        field: '',
        message: `YAML: too many aliases (*name) or the data they expand to is too large; write the values out (${(error as Error).message})`,
      });
    }
  }
  const located = { file: src.file, data, line: (path: Path) => lineOf(doc, lines, path) };
  return { located, problems };
}

export function validate<S extends z.ZodType>(y: LocatedYaml, schema: S): Parsed<z.output<S>> {
  const result = schema.safeParse(y.data ?? {});
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // An unknown key is reported on its parent: point at the key itself.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const at = keys.length ? [...path, keys[0] as string] : path;
      return {
        file: y.file,
        line: y.line(at),
        field: fieldName(at),
        message: keys.length
          ? `unknown field (known fields are in knowledge/README.md)`
          : issue.message,
      };
    }),
  };
}
