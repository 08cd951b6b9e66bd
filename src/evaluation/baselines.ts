// Plain baselines behind the same Matcher seam as this project's engine: fuse.js and MiniSearch
// with their default options over each topic's title, keywords and example questions. "Plain"
// means untuned: they answer with whatever ranks first and turn a question down only when
// nothing ranks at all. Their confidence never decides anything (the topic is always the best);
// it is derived from their own scores so a reply can still show one:
// - fuse.js: 1 − its score of the best topic (fuse scores 0 for a perfect match, 1 for none);
// - MiniSearch: the best topic's share of the summed scores of the top four (BM25+ scores have
//   no upper bound, so only their relative size says how clearly the best stands out).
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Matcher, MatchResult, Ranked } from '../core/matching.ts';
import type { KnowledgeBase } from '../core/types.ts';

/** As many topics as the engine ranks. */
const RANKED = 4;
const FIELDS = ['title', 'keywords', 'questions'];

const round = (x: number) => Math.round(x * 1000) / 1000;

function result(ranked: Ranked[], confidence: (best: Ranked) => number): MatchResult {
  const best = ranked[0];
  return {
    ranked,
    topic: best?.id ?? null,
    confidence: best ? round(Math.min(1, Math.max(0, confidence(best)))) : null,
    close: [],
  };
}

/** fuse.js, default options (`includeScore` only reports the scores it ranks by). */
export function plainFuse(kb: KnowledgeBase): Matcher {
  const fuse = new Fuse(kb.topics, { keys: FIELDS, includeScore: true });
  return {
    match(text) {
      // Fuse's score is lower for better; the seam's is higher for better.
      const ranked = fuse
        .search(text, { limit: RANKED })
        .map((r) => ({ id: r.item.id, score: round(1 - (r.score ?? 1)) }));
      return result(ranked, (best) => best.score);
    },
  };
}

/** MiniSearch (BM25+), default options. */
export function plainMiniSearch(kb: KnowledgeBase): Matcher {
  const ms = new MiniSearch({ fields: FIELDS, storeFields: [] });
  ms.addAll(
    kb.topics.map((t) => ({
      id: t.id,
      title: t.title,
      keywords: t.keywords.join(' '),
      questions: t.questions.join(' '),
    })),
  );
  return {
    match(text) {
      const ranked = ms
        .search(text)
        .slice(0, RANKED)
        .map((r) => ({ id: String(r.id), score: round(r.score) }));
      const sum = ranked.reduce((s, r) => s + r.score, 0);
      return result(ranked, (best) => (sum > 0 ? best.score / sum : 0));
    },
  };
}
