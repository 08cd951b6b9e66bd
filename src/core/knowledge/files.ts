// Reading knowledge files from a folder: YAML with line numbers, and problems located in them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import type { KnowledgeProblem } from './problems.ts';
import { fieldName, type LocatedYaml, parseYaml, validate } from './yaml-file.ts';

export type Path = (string | number)[];

/** 25 times the largest topic (~10 KB). Parsing holds the event loop (a hot reload runs in
 * the server): measured on a busy 2-core machine, 5 MB took 1.4-3.5 s, 256 KB 0.07-0.25 s. */
export const MAX_FILE_BYTES = 256 * 1024;

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** A knowledge file, parsed; one that is too large, not a file or unreadable is a problem
 * naming it, found before anything is parsed. */
export function read(path: string): LocatedYaml & { problems: KnowledgeProblem[] } {
  const file = relative(process.cwd(), path) || path;
  const refused = (message: string) => ({
    ...parseYaml({ file, text: '' }).located,
    problems: [{ file, line: 1, field: '', message }],
  });
  const tooLarge = (bytes: number) =>
    refused(`is ${size(bytes)}; a knowledge file may be at most ${size(MAX_FILE_BYTES)}`);
  let text: Buffer;
  try {
    // A folder or a pipe named *.yaml would fail or block the read: refuse it first.
    const stat = statSync(path);
    if (!stat.isFile()) return refused('is not a file');
    if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
    text = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused(code === 'ENOENT' ? 'is missing' : `could not be read (${code ?? 'error'})`);
  }
  // Grown between the size check and the read.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  const { located, problems } = parseYaml({ file, text: text.toString('utf8') });
  return { ...located, problems };
}

/** The YAML file names in `dir`, sorted; none when the folder is missing. */
export function yamlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
}

export function stem(name: string): string {
  return name.replace(/\.ya?ml$/, '');
}

/** A file the knowledge base may do without; its problems still count when it is there. */
export function optionalFile<S extends z.ZodType>(
  path: string,
  schema: S,
  problems: KnowledgeProblem[],
): z.output<S> | undefined {
  return optionalLocated(path, schema, problems)?.value;
}

/** Like `optionalFile`, keeping the parsed file to locate later problems in it. */
export function optionalLocated<S extends z.ZodType>(
  path: string,
  schema: S,
  problems: KnowledgeProblem[],
): { value: z.output<S>; y: LocatedYaml } | undefined {
  if (!existsSync(path)) return undefined;
  const file = read(path);
  problems.push(...file.problems);
  if (file.problems.length) return undefined;
  const parsed = validate(file, schema);
  if (parsed.ok) return { value: parsed.value, y: file };
  problems.push(...parsed.problems);
  return undefined;
}

export function problemAt(y: LocatedYaml, path: Path, message: string): KnowledgeProblem {
  return { file: y.file, line: y.line(path), field: fieldName(path), message };
}
