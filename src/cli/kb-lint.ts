// npm run kb:lint: validate the whole knowledge base and its coverage of the required topics,
// and the agency overlay (AGENCY_KNOWLEDGE_DIR, or `--agency <dir>`) merged over it.
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

const config = loadConfig();
const dir = config.knowledgeDir;
let agencyDir = config.agencyKnowledgeDir;
try {
  const { values } = parseArgs({ options: { agency: { type: 'string' } } });
  agencyDir = values.agency ?? agencyDir;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nusage: npm run kb:lint [-- --agency <dir>]\n`);
  process.exit(2);
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
  if (existsSync(shared) && existsSync(vendored)) {
    const copy = new Set(requiredIds(vendored));
    const drift = required.filter((id) => !copy.has(id));
    if (drift.length || copy.size !== required.length) {
      errors.push(`${vendored}: out of date with ../shared/topics.yaml; copy it again`);
    }
  }
  if (errors.length) {
    process.stderr.write(`${[...describeCues(cues), ...errors].join('\n')}\n`);
    process.exit(1);
  }
  const questions = kb.topics.reduce((n, t) => n + t.questions.length, 0);
  process.stdout.write(
    `knowledge OK: ${kb.topics.length} topics (${required.length} required), ${kb.sources.size} sources, ${questions} example questions, ${kb.quiz.length} quiz questions\n`,
  );
  process.stdout.write(`${describeCues(cues).join('\n')}\n`);
  if (agencyDir) process.stdout.write(`${describeOverlay(applyOverlay(kb, agencyDir).summary)}\n`);
  process.stdout.write(`${citationFigures(kb)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exit(1);
}
