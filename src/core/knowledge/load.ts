// Load knowledge/ (sources, lexicon, one topic per file), validate it, and check references.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type {
  CrisisProtocolText,
  KnowledgeBase,
  Lexicon,
  QuizQuestion,
  Source,
  Topic,
} from '../types.ts';
import { citationProblem } from './citations.ts';
import { optionalFile, problemAt, read, stem, yamlFiles } from './files.ts';
import { KnowledgeError, type KnowledgeProblem } from './problems.ts';
import {
  crisisSchema,
  examplesSchema,
  lexiconSchema,
  outOfScopeSchema,
  quizFileSchema,
  sourcesSchema,
  topicSchema,
  trainingSetSchema,
} from './schema.ts';
import { type LocatedYaml, validate } from './yaml-file.ts';

export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: KnowledgeProblem[] = [];
  const sources = new Map<string, Source>();

  const sourcesFile = read(join(dir, 'sources.yaml'));
  problems.push(...sourcesFile.problems);
  const parsedSources = validate(sourcesFile, sourcesSchema);
  if (parsedSources.ok) {
    parsedSources.value.sources.forEach((s, i) => {
      if (sources.has(s.id)) {
        problems.push(
          problemAt(sourcesFile, ['sources', i, 'id'], `duplicate source id "${s.id}"`),
        );
      }
      sources.set(s.id, s);
    });
  } else problems.push(...parsedSources.problems);

  const lexicon: Lexicon = optionalFile(join(dir, 'lexicon.yaml'), lexiconSchema, problems) ?? {
    synonyms: {},
    misspellings: {},
    ignore: [],
  };
  const outOfScope = optionalFile(join(dir, 'out-of-scope.yaml'), outOfScopeSchema, problems) ?? {
    questions: [],
    keywords: [],
  };

  const crisisPath = join(dir, 'crisis.yaml');
  const crisis = optionalFile(crisisPath, crisisSchema, problems);
  if (!existsSync(crisisPath)) {
    problems.push({
      file: crisisPath,
      line: 1,
      field: '',
      message: 'the crisis protocol is missing',
    });
  }

  const topics: Topic[] = [];
  const where = new Map<string, LocatedYaml>();
  const topicDir = join(dir, 'topics');
  const files = yamlFiles(topicDir);
  for (const name of files) {
    const y = read(join(topicDir, name));
    if (y.problems.length) {
      problems.push(...y.problems);
      continue;
    }
    const parsed = validate(y, topicSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const topic: Topic = { ...parsed.value, file: y.file };
    if (stem(name) !== topic.id) {
      problems.push(
        problemAt(y, ['id'], `the id "${topic.id}" must match the file name "${stem(name)}"`),
      );
    }
    const earlier = where.get(topic.id);
    if (earlier) {
      problems.push(
        problemAt(y, ['id'], `duplicate topic id "${topic.id}" (also in ${earlier.file})`),
      );
      continue;
    }
    where.set(topic.id, y);
    topics.push(topic);
  }
  if (!files.length) {
    problems.push({ file: topicDir, line: 1, field: '', message: 'no topic files found' });
  }

  const topicsById = new Map(topics.map((t) => [t.id, t]));
  // A topic whose own file has problems still exists: do not report every reference to it.
  const named = new Set(files.map(stem));
  for (const t of topics) {
    const y = where.get(t.id) as LocatedYaml;
    t.related.forEach((r, i) => {
      if (r === t.id)
        problems.push(problemAt(y, ['related', i], 'a topic cannot be related to itself'));
      else if (!topicsById.has(r) && !named.has(r))
        problems.push(problemAt(y, ['related', i], `unknown topic "${r}"`));
    });
    t.sources.forEach((s, i) => {
      const bad = parsedSources.ok ? citationProblem(sources, s) : null;
      if (bad) {
        const hint = bad.field === 'id' ? ' (add it to sources.yaml)' : '';
        problems.push(problemAt(y, ['sources', i, bad.field], `${bad.message}${hint}`));
      }
    });
  }

  loadExamples(join(dir, 'examples'), topicsById, named, problems);
  loadTraining(join(dir, 'training'), topicsById, named, outOfScope, problems);
  const quiz = loadQuiz(join(dir, 'quiz'), named, sources, problems);

  if (problems.length) throw new KnowledgeError(problems);
  return {
    topics,
    topicsById,
    sources,
    lexicon,
    outOfScope,
    crisis: crisis as CrisisProtocolText,
    quiz,
  };
}

/** More example questions, one file per topic (the file name is the topic id): the matcher
 * learns from them as from the topic's own `questions`. */
function loadExamples(
  dir: string,
  topicsById: ReadonlyMap<string, Topic>,
  named: ReadonlySet<string>,
  problems: KnowledgeProblem[],
): void {
  for (const { name, y, value } of validFiles(dir, examplesSchema, problems)) {
    const topic = topicsById.get(stem(name));
    // A topic whose own file has problems is reported there, not again here.
    if (!topic && named.has(stem(name))) continue;
    if (!topic) {
      problems.push({
        file: y.file,
        line: 1,
        field: '',
        message: `no topic "${stem(name)}": name the file after a topic id`,
      });
      continue;
    }
    topic.examples ??= [];
    topic.examples.push(...value.questions);
  }
}

/** Question sets to learn from (training/*.yaml): each question joins the examples of the first
 * topic it expects, or the out-of-scope questions. */
function loadTraining(
  dir: string,
  topicsById: ReadonlyMap<string, Topic>,
  named: ReadonlySet<string>,
  outOfScope: KnowledgeBase['outOfScope'],
  problems: KnowledgeProblem[],
): void {
  for (const { y, value } of validFiles(dir, trainingSetSchema, problems)) {
    value.forEach((item, i) => {
      if (!('expect' in item)) {
        outOfScope.questions.push(item.q);
        return;
      }
      const id = item.expect[0] as string;
      const topic = topicsById.get(id);
      if (topic) {
        topic.examples ??= [];
        topic.examples.push(item.q);
      } else if (!named.has(id)) {
        problems.push(problemAt(y, [i, 'expect', 0], `unknown topic "${id}"`));
      }
    });
  }
}

/**
 * Quiz questions, one file per topic (the file name is the topic id). `taken` holds the quiz
 * ids already used (id -> file), so an agency's questions cannot reuse a base id.
 */
export function loadQuiz(
  dir: string,
  topicIds: Set<string>,
  sources: Map<string, Source>,
  problems: KnowledgeProblem[],
  taken: ReadonlyMap<string, string> = new Map(),
): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const ids = new Map(taken);
  for (const { name, y, value } of validFiles(dir, quizFileSchema, problems)) {
    const topic = stem(name);
    if (!topicIds.has(topic)) {
      problems.push({
        file: y.file,
        line: 1,
        field: '',
        message: `no topic "${topic}": name the file after a topic id`,
      });
    }
    value.questions.forEach((q, i) => {
      const earlier = ids.get(q.id);
      if (earlier)
        problems.push(
          problemAt(y, ['questions', i, 'id'], `duplicate quiz id "${q.id}" (also in ${earlier})`),
        );
      ids.set(q.id, y.file);
      const bad = citationProblem(sources, q.source);
      if (bad) problems.push(problemAt(y, ['questions', i, 'source', bad.field], bad.message));
      quiz.push({
        id: q.id,
        topic,
        area: q.area,
        scenario: q.scenario,
        options: q.options.map((o) => o.text),
        correct: q.options.findIndex((o) => o.correct),
        why: q.options.map((o) => o.why ?? null),
        explanation: q.explanation,
        source: q.source,
        file: y.file,
      });
    });
  }
  return quiz;
}

/** The quiz must cover every required topic with at least `perTopic` questions, `total` in all. */
export function checkQuiz(
  kb: KnowledgeBase,
  required: readonly string[],
  perTopic = 2,
  total = 100,
): string[] {
  const errors = required
    .filter((id) => kb.quiz.filter((q) => q.topic === id).length < perTopic)
    .map(
      (id) => `topic "${id}" needs at least ${perTopic} quiz questions (knowledge/quiz/${id}.yaml)`,
    );
  if (kb.quiz.length < total)
    errors.push(`the quiz has ${kb.quiz.length} questions; it needs at least ${total}`);
  return errors;
}

/** Every required topic id must exist (ids from ../shared/topics.yaml). */
export function checkRequired(kb: KnowledgeBase, required: readonly string[]): string[] {
  return required
    .filter((id) => !kb.topicsById.has(id))
    .map((id) => `missing required topic "${id}" (add knowledge/topics/${id}.yaml)`);
}

/** Each YAML file of a folder read and checked against its schema; a file with problems is
 * reported and skipped. */
function* validFiles<S extends z.ZodType>(
  dir: string,
  schema: S,
  problems: KnowledgeProblem[],
  names: readonly string[] = yamlFiles(dir),
): Generator<{ name: string; y: LocatedYaml; value: z.output<S> }> {
  for (const name of names) {
    const y = read(join(dir, name));
    problems.push(...y.problems);
    if (y.problems.length) continue;
    const parsed = validate(y, schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    yield { name, y, value: parsed.value };
  }
}
