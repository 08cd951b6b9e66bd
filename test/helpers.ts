// Shared by tests: the real knowledge base, loaded once per test file.
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';
import { createGuide } from '../src/core/guide.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';

export const knowledgeDir = join(repoRoot, 'knowledge');
export const kb = loadKnowledge(knowledgeDir);
export const guide = createGuide(kb);
