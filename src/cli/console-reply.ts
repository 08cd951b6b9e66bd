// What the terminal console prints for one line typed: the topic list, the standards the topics
// cite, a topic picked by id, or the reply to a question. When answering fails, the fallback
// reply (911, 988, the supervisor).
import type { Bot } from '../bot.ts';
import { citedSources } from '../commands/sources.ts';
import { SOURCES_HEADING, SOURCES_NOTE, sourceLine } from '../commands/text.ts';
import { renderFallbackText, renderText, renderTopicText } from '../core/render-text.ts';

export const CONSOLE_TOPICS_COMMAND = 'type "topics"';

export function consoleReply(bot: Bot, line: string): string {
  const q = line.trim();
  try {
    if (/^topics$/i.test(q))
      return bot.guide.topics.map((t) => `  ${t.title}  (${t.id})\n`).join('');
    if (/^sources$/i.test(q)) {
      const lines = citedSources(bot.kb).map((s) => `  ${sourceLine(s)}\n`);
      return `${SOURCES_HEADING}\n${lines.join('')}${SOURCES_NOTE}\n`;
    }
    const picked = bot.guide.topic(q.toLowerCase());
    if (picked) return `\n${renderTopicText(picked)}\n`;
    return `\n${renderText(bot.answer(q, 'console'), { topicsCommand: CONSOLE_TOPICS_COMMAND })}\n`;
  } catch (error) {
    bot.logger.error(
      { event: 'answer-failed', surface: 'console', err: (error as Error).message },
      'could not answer: the fallback reply was given',
    );
    return `\n${renderFallbackText(bot.fallback())}\n`;
  }
}
