// An agency's own knowledge (AGENCY_KNOWLEDGE_DIR), merged over the base without editing it.
// Same layout as knowledge/, every file optional:
//   topics/<id>.yaml  a base id changes that topic field by field; a new id adds a topic
//   quiz/<topic>.yaml more questions;  sources.yaml  the agency's own documents
//   crisis.yaml       contacts shown before the national ones
//   lexicon.yaml, out-of-scope.yaml  more words, merged with the base ones
// Every problem names the agency's file and line; the base, already valid, is never blamed.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase, Lexicon, Source, Topic } from '../types.ts';
import { citationProblem } from './citations.ts';
import { optionalLocated, type Path, problemAt, read, stem, yamlFiles } from './files.ts';
import { loadKnowledge, loadQuiz } from './load.ts';
import { mergeTopic, type TopicPatch } from './merge-topic.ts';
import { KnowledgeError, type KnowledgeProblem } from './problems.ts';
import {
  lexiconSchema,
  overlayCrisisSchema,
  overlayOutOfScopeSchema,
  sourcesSchema,
  topicPatchSchema,
  topicSchema,
} from './schema.ts';
import { fieldName, type LocatedYaml, validate } from './yaml-file.ts';

export interface OverlaySummary {
  /** Base topic ids the agency changed. */
  changed: string[];
  /** Topic ids the agency added. */
  added: string[];
  sources: number;
  contacts: number;
  quiz: number;
}

/** The base knowledge with the agency's overlay merged over it (when a folder is given). */
export function loadKnowledgeWithOverlay(baseDir: string, agencyDir?: string): KnowledgeBase {
  const base = loadKnowledge(baseDir);
  return agencyDir ? applyOverlay(base, agencyDir).kb : base;
}

const REQUIRED = [
  'title',
  'questions',
  'keywords',
  'principle',
  'guidance',
  'reflection',
  'sources',
  'reviewed',
];

/** Merge the overlay in `dir` over `base` (left untouched); throws KnowledgeError. */
export function applyOverlay(
  base: KnowledgeBase,
  dir: string,
): { kb: KnowledgeBase; summary: OverlaySummary } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new KnowledgeError([
      { file: dir, line: 1, field: '', message: 'the agency knowledge folder does not exist' },
    ]);
  }
  const problems: KnowledgeProblem[] = [];
  const sources = new Map(base.sources);
  const ownSources = optionalLocated(join(dir, 'sources.yaml'), sourcesSchema, problems);
  ownSources?.value.sources.forEach((s, i) => {
    const clash = base.sources.has(s.id)
      ? 'is in the base bibliography; give the agency document its own id'
      : sources.has(s.id)
        ? 'is listed twice'
        : '';
    if (clash) problems.push(problemAt(ownSources.y, ['sources', i, 'id'], `"${s.id}" ${clash}`));
    else sources.set(s.id, s as Source);
  });

  const lexicon = mergeLexicon(
    base.lexicon,
    optionalLocated(join(dir, 'lexicon.yaml'), lexiconSchema, problems)?.value,
  );
  const ownOut = optionalLocated(join(dir, 'out-of-scope.yaml'), overlayOutOfScopeSchema, problems);
  const outOfScope = {
    questions: [...base.outOfScope.questions, ...(ownOut?.value.questions ?? [])],
    keywords: [...base.outOfScope.keywords, ...(ownOut?.value.keywords ?? [])],
  };
  const ownCrisis = optionalLocated(join(dir, 'crisis.yaml'), overlayCrisisSchema, problems);
  const contacts = ownCrisis?.value.contacts ?? [];
  // The agency's contacts come first, as with CRISIS_CONTACTS; the national ones always stay.
  const crisis = { ...base.crisis, contacts: [...contacts, ...base.crisis.contacts] };

  const topics = loadTopics(join(dir, 'topics'), base, problems);
  const topicsById = new Map(base.topicsById);
  for (const { topic } of topics) topicsById.set(topic.id, topic);
  const named = new Set([...topicsById.keys(), ...yamlFiles(join(dir, 'topics')).map(stem)]);
  for (const t of topics) checkReferences(t, named, sources, ownSources !== undefined, problems);

  const baseQuizIds = new Map(base.quiz.map((q) => [q.id, q.file]));
  const quiz = loadQuiz(join(dir, 'quiz'), named, sources, problems, baseQuizIds);

  if (problems.length) throw new KnowledgeError(problems);
  const changed = new Set(topics.filter((t) => t.base).map((t) => t.topic.id));
  return {
    kb: {
      topics: [
        ...base.topics.map((t) => topicsById.get(t.id) as Topic),
        ...topics.filter((t) => !t.base).map((t) => t.topic),
      ],
      topicsById,
      sources,
      lexicon,
      outOfScope,
      crisis,
      quiz: [...base.quiz, ...quiz],
    },
    summary: {
      changed: [...changed],
      added: topics.filter((t) => !t.base).map((t) => t.topic.id),
      sources: sources.size - base.sources.size,
      contacts: contacts.length,
      quiz: quiz.length,
    },
  };
}

interface OverlayTopic {
  topic: Topic;
  /** The base topic this file changes; absent for a new topic. */
  base?: Topic;
  y: LocatedYaml;
  /** Merged path -> the path of the same item in the agency's file (null: from the base). */
  locate: (path: Path) => Path | null;
}

function loadTopics(dir: string, base: KnowledgeBase, problems: KnowledgeProblem[]) {
  const out: OverlayTopic[] = [];
  const seen = new Map<string, string>();
  for (const name of yamlFiles(dir)) {
    const y = read(join(dir, name));
    problems.push(...y.problems);
    if (y.problems.length) continue;
    const raw = y.data;
    const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    const baseTopic = typeof id === 'string' ? base.topicsById.get(id) : undefined;
    const t = baseTopic ? changeTopic(y, baseTopic, problems) : newTopic(y, raw, base, problems);
    if (!t) continue;
    if (stem(name) !== t.topic.id) {
      problems.push(
        problemAt(y, ['id'], `the id "${t.topic.id}" must match the file name "${stem(name)}"`),
      );
    }
    const earlier = seen.get(t.topic.id);
    if (earlier) {
      problems.push(
        problemAt(y, ['id'], `duplicate topic id "${t.topic.id}" (also in ${earlier})`),
      );
      continue;
    }
    seen.set(t.topic.id, y.file);
    out.push(t);
  }
  return out;
}

/** A base id: merge field by field, then the merged topic must pass the full schema. */
function changeTopic(
  y: LocatedYaml,
  baseTopic: Topic,
  problems: KnowledgeProblem[],
): OverlayTopic | undefined {
  const patch = validate(y, topicPatchSchema);
  if (!patch.ok) {
    problems.push(...patch.problems);
    return undefined;
  }
  const p = patch.value as TopicPatch;
  p.replace.forEach((field, i) => {
    if (p[field] === undefined) {
      problems.push(
        problemAt(y, ['replace', i], `replaces "${field}" but this file gives no ${field}`),
      );
    }
  });
  const { merged, locate, agencySteps, unmatched } = mergeTopic(baseTopic, p);
  for (const j of unmatched) {
    problems.push(
      problemAt(
        y,
        ['replace_steps', j, 'base'],
        `no step of ${baseTopic.file} contains "${p.replace_steps[j]?.base}" (quote words of the step to replace)`,
      ),
    );
  }
  const checked = topicSchema.safeParse(merged);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const own = locate(path);
      const at = own ?? path;
      problems.push({
        file: y.file,
        // A field the agency did not write failed because of one it did: point at the id.
        line: y.line(own ?? ['id']),
        field: fieldName(at),
        message: `${issue.message} (after merging with ${baseTopic.file})`,
      });
    }
    return undefined;
  }
  if (unmatched.length) return undefined;
  const topic: Topic = { ...checked.data, file: y.file };
  if (baseTopic.examples) topic.examples = baseTopic.examples;
  if (agencySteps.length) topic.agency_steps = agencySteps;
  return { topic, base: baseTopic, y, locate };
}

/** A new id: a whole topic. A file that looks like a change to a mistyped base id says so. */
function newTopic(
  y: LocatedYaml,
  raw: unknown,
  base: KnowledgeBase,
  problems: KnowledgeProblem[],
): OverlayTopic | undefined {
  const parsed = validate(y, topicSchema);
  if (parsed.ok) return { topic: { ...parsed.value, file: y.file }, y, locate: (p) => p };
  const fields = raw && typeof raw === 'object' ? Object.keys(raw) : [];
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length && typeof (raw as { id?: unknown })?.id === 'string') {
    const id = (raw as { id: string }).id;
    const near = closest(id, [...base.topicsById.keys()]);
    problems.push(
      problemAt(
        y,
        ['id'],
        `no base topic "${id}", so this file adds a new topic and needs every field (missing: ${missing.join(', ')}); to change a base topic, use its id${near ? ` (did you mean "${near}"?)` : ''}`,
      ),
    );
    // The missing fields are said above; keep the other problems.
    const said = new Set(missing);
    problems.push(...parsed.problems.filter((p) => !said.has(p.field)));
  } else problems.push(...parsed.problems);
  return undefined;
}

function checkReferences(
  t: OverlayTopic,
  topicIds: Set<string>,
  sources: Map<string, Source>,
  sourcesLoaded: boolean,
  problems: KnowledgeProblem[],
) {
  // Items from the base were checked with the base; only the agency's own are checked here.
  t.topic.related.forEach((r, i) => {
    const own = t.locate(['related', i]);
    if (!own) return;
    if (r === t.topic.id) problems.push(problemAt(t.y, own, 'a topic cannot be related to itself'));
    else if (!topicIds.has(r)) problems.push(problemAt(t.y, own, `unknown topic "${r}"`));
  });
  t.topic.sources.forEach((s, i) => {
    const own = t.locate(['sources', i]);
    const bad = own ? citationProblem(sources, s) : null;
    if (own && bad) {
      const hint =
        bad.field === 'id' && !sourcesLoaded ? ' (add it to the agency sources.yaml)' : '';
      problems.push(problemAt(t.y, [...own, bad.field], `${bad.message}${hint}`));
    }
  });
}

function mergeLexicon(base: Lexicon, own: Lexicon | undefined): Lexicon {
  if (!own) return base;
  // A Map: a lexicon word such as "constructor" or "__proto__" is a word, not a property.
  const variants = (a: Record<string, string[]>, b: Record<string, string[]>) => {
    const out = new Map(Object.entries(a));
    for (const [k, v] of Object.entries(b)) out.set(k, [...new Set([...(out.get(k) ?? []), ...v])]);
    return Object.fromEntries(out);
  };
  return {
    synonyms: variants(base.synonyms, own.synonyms),
    misspellings: variants(base.misspellings, own.misspellings),
    ignore: [...new Set([...base.ignore, ...own.ignore])],
    role: [...new Set([...(base.role ?? []), ...(own.role ?? [])])],
    own_life: [...new Set([...(base.own_life ?? []), ...(own.own_life ?? [])])],
  };
}

/** The base id nearest to a mistyped one (a few edits away), if any. */
function closest(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const d = candidate.includes(id) || id.includes(candidate) ? 1 : distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] as number;
}
