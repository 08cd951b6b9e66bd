// Question sets for evaluation: test/eval/*.yaml, each a list of {q, expect: [ids]} or {q, none: true}.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { KnowledgeError } from '../core/knowledge/problems.ts';
import { parseYaml, validate } from '../core/knowledge/yaml-file.ts';
import { isHeldBack } from './held-back.ts';

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

/** Files of a kind in test/eval: topic sets, or the safety-*.yaml, crisis-*.yaml, phi-*.yaml
 * and identifiers-*.yaml sets. */
export function evalFiles(
  dir: string,
  kind: 'topics' | 'safety' | 'phi' | 'crisis' | 'identifiers',
): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) =>
      kind === 'topics' ? !/^(safety|phi|crisis|identifiers)\b/.test(f) : f.startsWith(kind),
    )
    .sort()
    .map((f) => join(dir, f));
}

/** Every topic question set in `dir` (safety and identifier sets have their own format). */
export function loadEvalSets(dir: string): EvalItem[] {
  const items: EvalItem[] = [];
  const files = evalFiles(dir, 'topics').map((f) => basename(f));
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
/** test/eval/crisis-blind-*.yaml: sets written apart from the code; a crisis names its kind, a
 * non-crisis its category (idiom, past, hypothetical, ethics...). */
export const blindCrisisSetSchema = z.array(
  z.strictObject({
    q: z.string(),
    crisis: z.boolean(),
    kind: crisisKind.optional(),
    category: z.string().optional(),
  }),
);
/** test/eval/phi.yaml: may the message identify a client? */
export const phiSetSchema = z.array(z.strictObject({ q: z.string(), phi: z.boolean() }));
/** test/eval/identifiers-*.yaml: may the message identify a client, and which identifiers
 * must redaction remove? */
export const identifierSetSchema = z.array(
  z.strictObject({
    text: z.string(),
    phi: z.boolean(),
    kind: z.string(),
    // Written by hand: a number alone ("5678") is read as a number.
    ids: z.array(z.union([z.string(), z.number()]).transform(String)),
  }),
);

/** Both identifier formats as one: the message, whether it may identify, what must go. */
export interface IdentifierItem {
  text: string;
  phi: boolean;
  ids: string[];
}

/** Every identifier set in `dir` (phi*.yaml and identifiers-*.yaml), by file name. */
export function loadIdentifierSets(dir: string): { file: string; items: IdentifierItem[] }[] {
  const phi = evalFiles(dir, 'phi').map((f) => ({
    file: basename(f),
    items: loadList(f, phiSetSchema).map((i) => ({ text: i.q, phi: i.phi, ids: [] })),
  }));
  const blind = evalFiles(dir, 'identifiers').map((f) => ({
    file: basename(f),
    items: loadList(f, identifierSetSchema).map(({ text, phi, ids }) => ({ text, phi, ids })),
  }));
  return [...phi, ...blind];
}

/** What a failing count of a set shows: its messages, or only how many when the set is held
 * back (its words must not reach whoever tunes). */
export function failureDetail(file: string, texts: string[]): string {
  return isHeldBack(file) ? `${texts.length} messages (held back: not shown)` : texts.join('\n');
}
