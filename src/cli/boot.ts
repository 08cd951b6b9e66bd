// Shared start-up for the command-line tools: config, knowledge, bot; clear errors, exit 1.
import { type Bot, createBot } from '../bot.ts';
import { loadConfig } from '../config.ts';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { errorText } from '../error-text.ts';

function fail(error: unknown): never {
  process.stderr.write(`${errorText(error)}\n`);
  process.exit(1);
}

export function bootKnowledge(): KnowledgeBase {
  try {
    const c = loadConfig();
    return loadKnowledgeWithOverlay(c.knowledgeDir, c.agencyKnowledgeDir);
  } catch (error) {
    fail(error);
  }
}

/** Command-line tools log nothing unless LOG_LEVEL asks: their output is the answer. */
export function bootBot(): Bot {
  try {
    return createBot(loadConfig(), { defaultLogLevel: 'silent' });
  } catch (error) {
    fail(error);
  }
}
