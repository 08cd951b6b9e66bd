// Shared by tests: the real knowledge base, loaded once per test file, and a guide on the
// learned weights `npm test` builds first (`kb:build`); stale or missing weights are trained here.
import { join } from 'node:path';
import { KNOWLEDGE_MODEL, repoRoot } from '../src/config.ts';
import { createGuide } from '../src/core/guide.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { DEFAULT_OPTIONS } from '../src/core/matcher.ts';
import { readModel } from '../src/knowledge/model-file.ts';

export const knowledgeDir = join(repoRoot, 'knowledge');
export const kb = loadKnowledge(knowledgeDir);
export const guide = createGuide(kb, {
  engineOptions: { ...DEFAULT_OPTIONS, prebuilt: readModel(KNOWLEDGE_MODEL) },
});
