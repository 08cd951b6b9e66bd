// The `ask` contract (shared/design.md): one JSON object per question, fields in this order.
import type { Bot } from '../bot.ts';
import { renderText } from '../core/render-text.ts';

export const CLI_TOPICS_COMMAND = 'npm run ask -- --topics';

export function askRecord(bot: Bot, query: string) {
  const g = bot.answer(query, 'cli');
  return {
    query,
    topic: g.topic?.id ?? null,
    confidence: g.confidence,
    alternatives: g.alternatives.map((a) => a.id),
    safety: g.safety,
    phi: g.phi,
    text: renderText(g, { topicsCommand: CLI_TOPICS_COMMAND }),
    kind: g.kind,
    did_you_mean: g.didYouMean,
  };
}
