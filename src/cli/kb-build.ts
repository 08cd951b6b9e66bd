// npm run kb:build (also run by `npm run build` and before `npm start`): train the re-ranker for
// the configured knowledge (base + AGENCY_KNOWLEDGE_DIR overlay) and save the weights with the
// hash of what they learned from, so start-up loads them instead of training. Nothing is
// written when the saved weights already fit; `--check` only reports (exit 1 when stale).
import { existsSync, utimesSync } from 'node:fs';
import { KNOWLEDGE_MODEL, loadConfig } from '../config.ts';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import { modelHash, trainModel } from '../core/matcher.ts';
import { readModel, writeModel } from '../knowledge/model-file.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const kb = loadKnowledgeWithOverlay(config.knowledgeDir, config.agencyKnowledgeDir);
const saved = readModel(KNOWLEDGE_MODEL);
if (saved?.hash === modelHash(kb)) {
  // Marked as checked: the build step compares its time with the knowledge's and the build's.
  const now = new Date();
  utimesSync(KNOWLEDGE_MODEL, now, now);
  process.stdout.write(`learned weights are up to date (${KNOWLEDGE_MODEL})\n`);
} else if (process.argv.includes('--check')) {
  process.stderr.write(`learned weights are stale or missing: run npm run kb:build\n`);
  process.exitCode = 1;
} else {
  const started = performance.now();
  writeModel(KNOWLEDGE_MODEL, trainModel(kb));
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`learned weights written to ${KNOWLEDGE_MODEL} (${ms} ms)\n`);
}
