// The `ask` contract (shared/design.md): one JSON object per question, fields in this order.
// Every question gets its record: when answering fails, the record carries the fallback reply.
import type { Bot } from '../bot.ts';
import { renderFallbackText, renderText } from '../core/render-text.ts';
import { errorText } from '../error-text.ts';

export const CLI_TOPICS_COMMAND = 'npm run ask -- --topics';

export function askRecord(bot: Bot, query: string) {
  try {
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
      // The topics offered as "Which fits best?" (ids, best first); empty when the bot is sure.
      choices: g.choices.map((c) => c.id),
    };
  } catch (error) {
    bot.logger.error(
      { event: 'answer-failed', surface: 'cli', err: errorText(error) },
      'could not answer: the fallback reply was given',
    );
    return {
      query,
      topic: null,
      confidence: null,
      alternatives: [],
      // The protocol leads the fallback reply.
      safety: 'crisis' as const,
      phi: false,
      text: renderFallbackText(bot.fallback()),
      kind: 'error' as const,
      choices: [] as string[],
    };
  }
}

/** --jsonl: one line out per line in, in order, each written as soon as it is answered. */
export async function askLines(
  bot: Bot,
  lines: AsyncIterable<string>,
  write: (line: string) => void,
): Promise<void> {
  for await (const line of lines) write(`${JSON.stringify(askRecord(bot, line))}\n`);
}
