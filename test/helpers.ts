// Shared by tests: the real knowledge base, loaded once per test file, and a guide on the
// learned weights and index `npm test` builds first (`kb:build`); stale or missing ones are
// built here.
import { join } from 'node:path';
import { KNOWLEDGE_MODEL, repoRoot } from '../src/config.ts';
import { createGuide } from '../src/core/guide.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { DEFAULT_OPTIONS } from '../src/core/matcher.ts';
import { readModel, shippedIndex } from '../src/knowledge/model-file.ts';

export const knowledgeDir = join(repoRoot, 'knowledge');
export const kb = loadKnowledge(knowledgeDir);
const shipped = readModel(KNOWLEDGE_MODEL);
/** The engine's settings with the shipped weights and index: a guide built with them starts
 * at once instead of training for seconds. */
export const engineOptions = {
  ...DEFAULT_OPTIONS,
  prebuilt: shipped,
  index: shippedIndex(shipped, kb),
};
export const guide = createGuide(kb, { engineOptions });
