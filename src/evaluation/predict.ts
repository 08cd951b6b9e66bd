// How evaluation reads the bot: the topic it answers with (as `ask` would) and its ranking.
import type { Guide } from '../core/guide.ts';
import type { Prediction } from './score.ts';

export function predictor(guide: Guide): (q: string) => Prediction {
  return (q) => ({
    topic: guide.answer(q).topic?.id ?? null,
    ranked: guide.match(q).ranked.map((r) => r.id),
  });
}
