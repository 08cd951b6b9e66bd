// Learned weights built ahead of time (npm run kb:build) answer exactly like weights trained in
// process, and weights trained on other knowledge are never used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { loadConfig, repoRoot } from '../../src/config.ts';
import { createGuide } from '../../src/core/guide.ts';
import { buildIndex, DEFAULT_OPTIONS, modelHash, trainModel } from '../../src/core/matcher.ts';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import {
  readModel,
  shippedIndex,
  shippedSource,
  writeModel,
} from '../../src/knowledge/model-file.ts';
import { kb, guide as trainedHere } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training takes seconds: every test that needs weights of this knowledge shares one training.
const model = trainModel(kb);

describe('prebuilt learned weights', { timeout: 60_000 }, () => {
  const path = join(dir, 'knowledge-model.bin');
  writeModel(path, model);
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
    expect(readModel(join(dir, 'absent.bin'))).toBeUndefined();
    expect(readModel(undefined)).toBeUndefined();
    // A file of an older format (JSON), one cut short while copied, and one of nothing at all.
    const older = join(dir, 'older.bin');
    writeFileSync(older, JSON.stringify({ format: 4, hash: model.hash, reranker: null }));
    const bytes = readFileSync(path);
    const cut = join(dir, 'cut.bin');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');
    for (const p of [older, cut, empty]) expect(readModel(p), p).toBeUndefined();
  });
});

describe('a prebuilt index', { timeout: 60_000 }, () => {
  const path = join(dir, 'with-index.bin');
  writeModel(path, model, { index: buildIndex(kb), source: shippedSource(kb) });
  const saved = readModel(path);

  it('is loaded exactly as built, and answers every evaluation question the same way', () => {
    const index = shippedIndex(saved, kb);
    expect(index).toEqual(buildIndex(kb));
    const loaded = createGuide(kb, {
      engineOptions: { ...DEFAULT_OPTIONS, prebuilt: saved, index },
    });
    for (const { q } of loadEvalSets(join(repoRoot, 'test', 'eval')))
      expect(loaded.match(q), q).toEqual(trainedHere.match(q));
  });

  it('is not used for knowledge it was not built from, or with other options', () => {
    const edited = {
      ...kb,
      topics: kb.topics.map((t, i) => (i ? t : { ...t, keywords: [...t.keywords, 'zzz'] })),
    };
    expect(shippedIndex(saved, edited)).toBeUndefined();
    expect(shippedIndex(saved, kb, { ...DEFAULT_OPTIONS, k1: 1.5 })).toBeUndefined();
    // The re-ranker's options change what it learns, so they name the index too.
    expect(shippedIndex(saved, kb, { ...DEFAULT_OPTIONS, bigramWeight: 0.5 })).toBeUndefined();
  });

  it('a file written without an index still gives its weights, and no index', () => {
    const plain = join(dir, 'weights-only.bin');
    writeModel(plain, model);
    const read = readModel(plain);
    expect(read?.hash).toBe(model.hash);
    expect(shippedIndex(read, kb)).toBeUndefined();
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
    return {
      bot,
      trained: () => lines.some((l) => l.includes('knowledge-model-trained')),
      indexed: () => lines.some((l) => l.includes('knowledge-index-built')),
    };
  };

  it('loads the shipped weights when they fit the knowledge', () => {
    const path = join(dir, 'fits.bin');
    writeModel(path, model);
    const { bot, trained, indexed } = start(path);
    expect(bot.model()?.hash).toBe(model.hash);
    expect(trained()).toBe(false);
    // Weights without an index (a file from before indexes were shipped): built, and said.
    expect(indexed()).toBe(true);
  });

  it('loads the shipped index with them and answers as one built here', () => {
    const path = join(dir, 'fits-with-index.bin');
    writeModel(path, model, { index: buildIndex(kb), source: shippedSource(kb) });
    const { bot, trained, indexed } = start(path);
    expect(trained()).toBe(false);
    expect(indexed()).toBe(false);
    for (const q of ['can i accept a gift card from a client', 'my client sent a friend request'])
      expect(bot.guide.match(q)).toEqual(trainedHere.match(q));
  });

  it('trains, and says so, when the shipped weights are stale or missing', () => {
    const path = join(dir, 'stale.bin');
    writeModel(path, { hash: 'stale', reranker: null });
    for (const p of [path, join(dir, 'missing.bin')]) {
      const { bot, trained } = start(p);
      expect(bot.model()?.hash).toBe(modelHash(kb));
      expect(bot.model()?.reranker).not.toBeNull();
      expect(trained()).toBe(true);
    }
  });
});
