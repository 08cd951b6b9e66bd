// npm run kb:build (also run by `npm run build` and before `npm start`): build what the matcher
// learns from the configured knowledge (base + AGENCY_KNOWLEDGE_DIR overlay), the re-ranker's
// weights and the index of terms, and save them with what they were built from, so start-up
// loads them instead of building them. Loading the knowledge also fills the parse cache.
// Nothing is written when the saved file already fits; `--check` only reports (exit 1 when stale).
import { existsSync, utimesSync } from 'node:fs';
import { KNOWLEDGE_MODEL, loadConfig, PARSE_CACHE } from '../config.ts';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import { useParseCache } from '../core/knowledge/parse-cache.ts';
import { buildIndex, trainModel } from '../core/matcher.ts';
import { readModel, shippedIndex, shippedSource, writeModel } from '../knowledge/model-file.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
useParseCache(PARSE_CACHE, { write: true });
const kb = loadKnowledgeWithOverlay(config.knowledgeDir, config.agencyKnowledgeDir);
const saved = readModel(KNOWLEDGE_MODEL);
if (shippedIndex(saved, kb)) {
  // Marked as checked: the build step compares its time with the knowledge's and the build's.
  const now = new Date();
  utimesSync(KNOWLEDGE_MODEL, now, now);
  process.stdout.write(`learned weights and index are up to date (${KNOWLEDGE_MODEL})\n`);
} else if (process.argv.includes('--check')) {
  process.stderr.write(`learned weights are stale or missing: run npm run kb:build\n`);
  process.exitCode = 1;
} else {
  const started = performance.now();
  const index = buildIndex(kb);
  // The weights depend only on what the re-ranker reads (`hash`): an edit elsewhere (a topic's
  // guidance) rebuilds the index and keeps them.
  const model = saved?.hash === index.hash ? saved : trainModel(kb);
  writeModel(KNOWLEDGE_MODEL, model, { index, source: shippedSource(kb) });
  const ms = Math.round(performance.now() - started);
  const what = model === saved ? 'index' : 'learned weights and index';
  process.stdout.write(`${what} written to ${KNOWLEDGE_MODEL} (${ms} ms)\n`);
}
