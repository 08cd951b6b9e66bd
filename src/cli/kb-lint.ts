// npm run kb:lint: validate the whole knowledge base and its coverage of the required topics,
// measure how each topic reads on a phone (first-screen words, principle words, grade), and
// the agency overlay (AGENCY_KNOWLEDGE_DIR, or `--agency <dir>`) merged over it.
// `--strict` fails on every reading limit, ignoring the known exceptions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadConfig, repoRoot } from '../config.ts';
import { citationFigures } from '../core/knowledge/citations.ts';
import { checkQuiz, checkRequired, loadKnowledge } from '../core/knowledge/load.ts';
import { applyOverlay, type OverlaySummary } from '../core/knowledge/overlay.ts';
import { KnowledgeError } from '../core/knowledge/problems.ts';
import { checkCues, describeCues, quizCues } from '../core/knowledge/quiz-cues.ts';
import { checkReading, READING_LIMITS, type ReadingReport } from '../core/knowledge/reading.ts';
import { errorText } from '../error-text.ts';

const config = loadConfig();
const dir = config.knowledgeDir;
let agencyDir = config.agencyKnowledgeDir;
let strict = false;
try {
  const { values } = parseArgs({
    options: { agency: { type: 'string' }, strict: { type: 'boolean' } },
  });
  agencyDir = values.agency ?? agencyDir;
  strict = values.strict ?? false;
} catch (error) {
  process.stderr.write(
    `${errorText(error)}\nusage: npm run kb:lint [-- --agency <dir>] [--strict]\n`,
  );
  process.exit(2);
}

/** One row per topic, then the exceptions still allowed and those no longer needed. */
function describeReading(r: ReadingReport): string {
  const L = READING_LIMITS;
  const rows = r.rows.map(
    (x) =>
      `  ${x.id.padEnd(32)} ${String(x.firstScreenWords).padStart(5)} ${String(x.principleWords).padStart(9)} ${x.grade.toFixed(1).padStart(5)} ${String(x.named).padStart(5)}`,
  );
  const avg = (f: (x: ReadingReport['rows'][number]) => number) =>
    (r.rows.reduce((n, x) => n + f(x), 0) / Math.max(1, r.rows.length)).toFixed(1);
  return [
    `reading (limits: first screen <= ${L.firstScreenWords} words, principle <= ${L.principleWords} words, grade <= ${L.grade}, supervisor/policy named <= ${L.named}):`,
    `  ${'topic'.padEnd(32)} first principle grade named`,
    ...rows,
    `  average: first screen ${avg((x) => x.firstScreenWords)} words, principle ${avg((x) => x.principleWords)} words, grade ${avg((x) => x.grade)}`,
    ...(r.excused.length
      ? [`known exceptions (src/core/knowledge/reading.ts KNOWN_OVER_LIMIT, ${r.excused.length}):`]
      : []),
    ...r.excused.map((e) => `  ${e}`),
    ...(r.stale.length ? [`exceptions no longer needed: ${r.stale.join(', ')}`] : []),
  ].join('\n');
}

function describeOverlay(s: OverlaySummary): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  const list = (ids: string[]) => (ids.length ? ` (${ids.join(', ')})` : '');
  return `agency overlay OK: ${agencyDir}: changes ${n(s.changed.length, 'base topic')}${list(s.changed)}, adds ${n(s.added.length, 'topic')}${list(s.added)}, ${n(s.sources, 'source')}, ${n(s.contacts, 'crisis contact')}, ${n(s.quiz, 'quiz question')}`;
}
const shared = join(repoRoot, '..', 'shared', 'topics.yaml');
const vendored = join(dir, 'required-topics.yaml');

function requiredIds(path: string): string[] {
  return Object.keys(
    (parse(readFileSync(path, 'utf8')) as { topics: Record<string, string> }).topics,
  );
}

try {
  const kb = loadKnowledge(dir);
  const errors: string[] = [];
  const required = existsSync(shared) ? requiredIds(shared) : requiredIds(vendored);
  errors.push(...checkRequired(kb, required));
  errors.push(...checkQuiz(kb, required));
  const cues = quizCues(
    kb.quiz,
    kb.topics.map((t) => t.id),
  );
  errors.push(...checkCues(cues));
  const reading = checkReading(kb, { strict });
  errors.push(...reading.errors);
  if (existsSync(shared) && existsSync(vendored)) {
    const copy = new Set(requiredIds(vendored));
    const drift = required.filter((id) => !copy.has(id));
    if (drift.length || copy.size !== required.length) {
      errors.push(`${vendored}: out of date with ../shared/topics.yaml; copy it again`);
    }
  }
  if (errors.length) {
    process.stdout.write(`${describeReading(reading)}\n`);
    process.stderr.write(`${[...describeCues(cues), ...errors].join('\n')}\n`);
    process.exit(1);
  }
  const questions = kb.topics.reduce((n, t) => n + t.questions.length, 0);
  process.stdout.write(
    `knowledge OK: ${kb.topics.length} topics (${required.length} required), ${kb.sources.size} sources, ${questions} example questions, ${kb.quiz.length} quiz questions\n`,
  );
  process.stdout.write(`${describeReading(reading)}\n`);
  process.stdout.write(`${describeCues(cues).join('\n')}\n`);
  if (agencyDir) process.stdout.write(`${describeOverlay(applyOverlay(kb, agencyDir).summary)}\n`);
  process.stdout.write(`${citationFigures(kb)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exit(1);
}
