// Reading knowledge files from a folder: YAML with line numbers, and problems located in them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import type { KnowledgeProblem } from './problems.ts';
import { fieldName, type LocatedYaml, parseYaml, validate } from './yaml-file.ts';

export type Path = (string | number)[];

export function read(path: string): LocatedYaml & { problems: KnowledgeProblem[] } {
  const file = relative(process.cwd(), path) || path;
  const { located, problems } = parseYaml({ file, text: readFileSync(path, 'utf8') });
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
