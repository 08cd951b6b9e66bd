// What the terminal console prints for one line typed: the topic list, the standards the topics
// cite, a topic picked by id or by the number of a choice just offered, or the reply to a
// question. When answering fails, the fallback reply (911, 988, the supervisor).
import type { Bot } from '../bot.ts';
import { citedSources } from '../commands/sources.ts';
import { SOURCES_HEADING, SOURCES_NOTE, sourceLine } from '../commands/text.ts';
import type { TopicRef } from '../core/guidance.ts';
import {
  PICK_BY_NUMBER,
  renderFallbackText,
  renderText,
  renderTopicText,
} from '../core/render-text.ts';
import { errorText } from '../error-text.ts';

export const CONSOLE_TOPICS_COMMAND = 'type "topics"';

/** What the console remembers between lines: the choices of the last reply. */
export interface ConsoleSession {
  choices: TopicRef[];
}

export function consoleReply(
  bot: Bot,
  line: string,
  session: ConsoleSession = { choices: [] },
): string {
  const q = line.trim();
  const offered = session.choices;
  session.choices = [];
  try {
    if (/^topics$/i.test(q))
      return bot.guide.topics.map((t) => `  ${t.title}  (${t.id})\n`).join('');
    if (/^sources$/i.test(q)) {
      const lines = citedSources(bot.kb).map((s) => `  ${sourceLine(s)}\n`);
      return `${SOURCES_HEADING}\n${lines.join('')}${SOURCES_NOTE}\n`;
    }
    const chosen = /^\d$/.test(q) ? offered[Number(q) - 1] : undefined;
    const picked = bot.guide.topic(chosen?.id ?? q.toLowerCase());
    if (picked) return `\n${renderTopicText(picked)}\n`;
    const g = bot.answer(q, 'console');
    session.choices = g.choices;
    const hint = g.choices.length ? `${PICK_BY_NUMBER}\n` : '';
    return `\n${renderText(g, { topicsCommand: CONSOLE_TOPICS_COMMAND })}\n${hint}`;
  } catch (error) {
    bot.logger.error(
      { event: 'answer-failed', surface: 'console', err: errorText(error) },
      'could not answer: the fallback reply was given',
    );
    return `\n${renderFallbackText(bot.fallback())}\n`;
  }
}
