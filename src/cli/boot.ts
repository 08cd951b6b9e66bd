// Shared start-up for the command-line tools: config, knowledge, guide; clear errors, exit 1.
import { loadConfig } from '../config.ts';
import { createGuide, type Guide } from '../core/guide.ts';
import { loadKnowledge } from '../core/knowledge/load.ts';
import type { KnowledgeBase } from '../core/types.ts';

export function bootKnowledge(): KnowledgeBase {
  try {
    return loadKnowledge(loadConfig().knowledgeDir);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

export function bootGuide(): Guide {
  return createGuide(bootKnowledge());
}
