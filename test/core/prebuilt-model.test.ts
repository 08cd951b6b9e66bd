// Learned weights built ahead of time (npm run kb:build) answer exactly like weights trained in
// process, and weights trained on other knowledge are never used.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { loadConfig, repoRoot } from '../../src/config.ts';
import { createGuide } from '../../src/core/guide.ts';
import { DEFAULT_OPTIONS, modelHash, trainModel } from '../../src/core/matcher.ts';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { readModel, writeModel } from '../../src/knowledge/model-file.ts';
import { kb, guide as trainedHere } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prebuilt learned weights', { timeout: 60_000 }, () => {
  const path = join(dir, 'knowledge-model.json');
  writeModel(path, trainModel(kb));
  const saved = readModel(path);
  const prebuilt = createGuide(kb, { engineOptions: { ...DEFAULT_OPTIONS, prebuilt: saved } });

  it('are loaded, not trained again, when they were trained on this knowledge', () => {
    expect(saved?.hash).toBe(modelHash(kb));
    expect(prebuilt.model()).toBe(saved);
  });

  it('match every evaluation question exactly like weights trained in process', () => {
    const items = loadEvalSets(join(repoRoot, 'test', 'eval'));
    expect(items.length).toBeGreaterThan(250);
    for (const { q } of items) expect(prebuilt.match(q), q).toEqual(trainedHere.match(q));
    for (const { q } of items.slice(0, 40))
      expect(prebuilt.answer(q, { reflectionIndex: 0 }), q).toEqual(
        trainedHere.answer(q, { reflectionIndex: 0 }),
      );
  });

  it('trained on other knowledge are ignored: the guide trains its own', () => {
    const edited = { ...kb, topics: kb.topics.map((t, i) => (i ? t : { ...t, questions: [] })) };
    const guide = createGuide(edited, { engineOptions: { ...DEFAULT_OPTIONS, prebuilt: saved } });
    expect(guide.model()).not.toBe(saved);
    expect(guide.model()?.hash).toBe(modelHash(edited));
  });

  it('a missing or unreadable file gives no weights', () => {
    expect(readModel(join(dir, 'absent.json'))).toBeUndefined();
    expect(readModel(undefined)).toBeUndefined();
  });
});

describe('the bot at start-up', { timeout: 60_000 }, () => {
  const start = (knowledgeModel: string) => {
    const lines: string[] = [];
    const logDestination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = { ...loadConfig({ LOG_LEVEL: 'info' }), knowledgeModel };
    const bot = createBot(config, { defaultLogLevel: 'info', logDestination, knowledge: kb });
    return { bot, trained: () => lines.some((l) => l.includes('knowledge-model-trained')) };
  };

  it('loads the shipped weights when they fit the knowledge', () => {
    const path = join(dir, 'fits.json');
    const model = trainModel(kb);
    writeModel(path, model);
    const { bot, trained } = start(path);
    expect(bot.model()?.hash).toBe(model.hash);
    expect(trained()).toBe(false);
  });

  it('trains, and says so, when the shipped weights are stale or missing', () => {
    const path = join(dir, 'stale.json');
    writeModel(path, { hash: 'stale', reranker: null });
    for (const p of [path, join(dir, 'missing.json')]) {
      const { bot, trained } = start(p);
      expect(bot.model()?.hash).toBe(modelHash(kb));
      expect(bot.model()?.reranker).not.toBeNull();
      expect(trained()).toBe(true);
    }
  });
});
