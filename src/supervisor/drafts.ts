// From an answered request, a curator's draft for the agency overlay: a new example question
// for an existing topic, or the skeleton of a new agency topic, written as YAML into the
// drafts folder (SUPERVISOR_DRAFTS_DIR, never the base knowledge) in the overlay's own layout,
// then linted with the knowledge loader's overlay checks. A curator reviews it and moves it
// into AGENCY_KNOWLEDGE_DIR. Only the redacted question and answer are written.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SUPERVISOR } from '../core/copy.ts';
import { applyOverlay } from '../core/knowledge/overlay.ts';
import { formatProblem, KnowledgeError } from '../core/knowledge/problems.ts';
import { refusal } from '../core/supervisor/request.ts';
import type { KnowledgeBase } from '../core/types.ts';
import type { Services } from '../services.ts';
import type { StoredRequest } from '../store/store.ts';
import type { MoveResult, Supervisor } from './service.ts';

export type DraftResult =
  | { kind: 'request-draft'; path: string; problems: string[]; text: string }
  | MoveResult;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The drafts waiting for review: one file per topic, by topic id. */
export function draftsWaiting(dir: string): string[] {
  const topics = join(dir, 'topics');
  if (!existsSync(topics)) return [];
  return readdirSync(topics)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** What the overlay checks say about the drafts folder, merged over the knowledge in use. */
export function lintDrafts(kb: KnowledgeBase, dir: string): string[] {
  try {
    applyOverlay(kb, dir);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems.map(formatProblem);
    throw error;
  }
}

function readYaml(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  const value = parse(readFileSync(path, 'utf8')) as unknown;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** An example question added to a topic's draft (kept with any earlier ones). */
function exampleDraft(path: string, topicId: string, r: StoredRequest): string {
  const existing = readYaml(path);
  const questions = Array.isArray(existing?.questions) ? (existing.questions as string[]) : [];
  if (!questions.includes(r.text)) questions.push(r.text);
  const header = `# Draft from answered requests to supervisors: new example questions for "${topicId}".\n# Review it, then move it into the agency overlay (AGENCY_KNOWLEDGE_DIR/topics/).\n`;
  return header + stringify({ ...(existing ?? {}), id: topicId, questions });
}

/** A new agency topic's skeleton: the fields the loader requires, the answer as the principle. */
function topicDraft(topicId: string, r: StoredRequest, now: Date): string {
  const answer = r.answer?.text ?? '';
  const first = answer.split(/(?<=[.!?])\s+/)[0] ?? answer;
  const header = `# Draft of a new agency topic from an answered request to supervisors.\n# Fill in the title, more example questions (8 or more), keywords, steps, reflection prompts\n# and a source the agency cites; then move it into AGENCY_KNOWLEDGE_DIR/topics/.\n`;
  return (
    header +
    stringify({
      id: topicId,
      title: r.topic ? `${r.topic.title} (agency)` : 'New agency topic',
      questions: [r.text],
      keywords: [],
      principle: first.slice(0, 300),
      guidance: [answer.slice(0, 300)],
      reflection: [],
      sources: [],
      reviewed: { on: today(now), by: 'supervisor' },
    })
  );
}

export async function writeDraft(
  s: Services,
  requestId: string,
  as: 'example' | 'topic',
  topicId: string | null,
  who: Supervisor,
): Promise<DraftResult> {
  const r = await s.store.request(requestId);
  if (!r) return { kind: 'request-gone', text: SUPERVISOR.gone };
  const refused = refusal(r, 'draft', who);
  const card = (await s.supervisors.card(requestId, who)) ?? null;
  if (refused && card)
    return { kind: 'request-card', card, notice: SUPERVISOR.draftNeedsAnswer, changed: false };
  const dir = s.config.supervisors.draftsDir;
  const kb = s.bot.kb;
  const example = as === 'example' ? (topicId ?? r.topic?.id ?? null) : null;
  const id =
    example && kb.topicsById.has(example)
      ? example
      : topicId && ID.test(topicId) && !kb.topicsById.has(topicId)
        ? topicId
        : `agency-question-${requestId
            .slice(0, 8)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, '')}`;
  const path = join(dir, 'topics', `${id}.yaml`);
  mkdirSync(join(dir, 'topics'), { recursive: true });
  writeFileSync(
    path,
    kb.topicsById.has(id) ? exampleDraft(path, id, r) : topicDraft(id, r, s.now()),
  );
  s.logger.info({ event: 'request-draft', topic: id, kind: as }, 'draft written for review');
  const mine = lintDrafts(kb, dir).filter((p) => p.includes(`${id}.yaml`));
  return { kind: 'request-draft', path, problems: mine, text: SUPERVISOR.draftWritten };
}
