// The standards the guidance cites (knowledge/sources.yaml), most cited first: where a peer
// specialist can read the rule behind an answer, or show a supervisor where it comes from.
import type { KnowledgeBase } from '../core/types.ts';
import { defineCommand } from './define.ts';

export interface CitedSource {
  title: string;
  publisher: string | null;
  /** How many topics cite it. */
  topics: number;
}

export const sources = defineCommand<
  { kind: 'sources' },
  { kind: 'sources'; sources: CitedSource[] }
>({
  kind: 'sources',
  words: ['sources'],
  syntax: 'sources',
  example: 'sources',
  what: 'the standards the guidance cites',
  // "sources of income for a client" is a question.
  parse: (args) => (args.length ? null : { kind: 'sources' }),
  run: (s) => ({ kind: 'sources', sources: citedSources(s.bot.kb) }),
});

/** Every document a topic cites, with how many topics cite it; one never cited is left out. */
export function citedSources(kb: KnowledgeBase): CitedSource[] {
  const cited = new Map<string, number>();
  for (const topic of kb.topics)
    for (const id of new Set(topic.sources.map((s) => s.id)))
      cited.set(id, (cited.get(id) ?? 0) + 1);
  return [...cited]
    .flatMap(([id, topics]) => {
      const doc = kb.sources.get(id);
      return doc ? [{ title: doc.title, publisher: doc.publisher ?? null, topics }] : [];
    })
    .sort((a, b) => b.topics - a.topics || a.title.localeCompare(b.title));
}
