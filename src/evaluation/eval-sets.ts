// Question sets for evaluation: test/eval/*.yaml, each a list of {q, expect: [ids]} or {q, none: true}.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../core/knowledge/problems.ts';
import { parseYaml, validate } from '../core/knowledge/yaml-file.ts';

const item = z.union([
  z.strictObject({ q: z.string(), expect: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ q: z.string(), none: z.literal(true) }),
]);
const setSchema = z.array(item);

export interface EvalItem {
  q: string;
  /** Acceptable topic ids; empty when the question is out of scope. */
  expect: string[];
  file: string;
}

/** Every *.yaml in `dir` whose name is not in `exclude` (e.g. safety.yaml has its own format). */
export function loadEvalSets(dir: string, exclude: string[] = []): EvalItem[] {
  const items: EvalItem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !exclude.includes(f))
    .sort();
  for (const name of files) {
    for (const it of loadList(join(dir, name), setSchema)) {
      items.push({ q: it.q, expect: 'expect' in it ? it.expect : [], file: name });
    }
  }
  return items;
}

/** One YAML list validated against `schema`; problems name file, line and field. */
export function loadList<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const { located, problems } = parseYaml({
    file: relative(process.cwd(), path),
    text: readFileSync(path, 'utf8'),
  });
  if (problems.length) throw new KnowledgeError(problems);
  const parsed = validate(located, schema);
  if (!parsed.ok) throw new KnowledgeError(parsed.problems);
  return parsed.value;
}

const crisisKind = z.enum(['suicide', 'self-harm', 'overdose', 'medical', 'violence', 'abuse']);
/** test/eval/safety.yaml: does the message need the crisis protocol? */
export const safetySetSchema = z.array(
  z.strictObject({ q: z.string(), crisis: z.boolean(), kind: crisisKind.optional() }),
);
/** test/eval/phi.yaml: may the message identify a client? */
export const phiSetSchema = z.array(z.strictObject({ q: z.string(), phi: z.boolean() }));
