// A knowledge reload's heavy part, on a worker thread so no surface waits: read and check the
// YAML, index it, and train the re-ranker when what it learns from changed. The main thread
// gets plain data back (structured clone) and only wraps it in a new guide.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import { useParseCache } from '../core/knowledge/parse-cache.ts';
import { formatProblem, KnowledgeError } from '../core/knowledge/problems.ts';
import {
  buildIndex,
  indexBuffers,
  type MatcherIndex,
  type TrainedModel,
  trainModel,
} from '../core/matcher.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { errorText } from '../error-text.ts';
import { takeExamples } from './lazy-examples.ts';

export interface ReloadRequest {
  baseDir: string;
  agencyDir: string | undefined;
  /** The hash of the weights in use: the same hash needs no training. */
  hash: string | null;
  /** The main thread's parse cache (read only): files built with the knowledge are not parsed
   * again. */
  parseCache: string | undefined;
}

export type ReloadResult =
  | { ok: true; kb: KnowledgeBase; index: MatcherIndex; model: TrainedModel | undefined }
  | { ok: false; problems: string[] | null; message: string };

function reload({ baseDir, agencyDir, hash, parseCache }: ReloadRequest): ReloadResult {
  useParseCache(parseCache);
  let kb: KnowledgeBase;
  try {
    kb = loadKnowledgeWithOverlay(baseDir, agencyDir);
  } catch (error) {
    const problems = error instanceof KnowledgeError ? error.problems.map(formatProblem) : null;
    return { ok: false, problems, message: errorText(error) };
  }
  const index = buildIndex(kb);
  // model undefined: the weights in use still fit.
  return { ok: true, kb, index, model: index.hash === hash ? undefined : trainModel(kb) };
}

// Five messages, not one: the main thread takes each in its own turn of the event loop, so no
// single turn holds it long. Typed arrays move without copying; the word lists are packed
// (src/core/packed.ts) and the example questions go as one string (lazy-examples.ts).
const result = reload(workerData as ReloadRequest);
if (!result.ok) parentPort?.postMessage(result);
else {
  const { kb, index, model } = result;
  const r = model?.reranker;
  parentPort?.postMessage(
    { part: 'model', model },
    r
      ? [r.features.ends, r.featureSlots, r.weights, r.bias].map((a) => a.buffer as ArrayBuffer)
      : [],
  );
  parentPort?.postMessage({ part: 'index', index }, indexBuffers(index));
  // The topics last: `topicsById` holds the same objects, so they travel together.
  const { topics, topicsById, quiz, ...rest } = kb;
  parentPort?.postMessage({ part: 'quiz', quiz });
  parentPort?.postMessage({ part: 'rest', rest });
  const examples = takeExamples(kb);
  parentPort?.postMessage({ part: 'topics', topics, topicsById, examples }, [
    examples.has.buffer as ArrayBuffer,
  ]);
  // Alive until the main thread has read everything and ends it: a worker that exits at once
  // frees its heap while the main thread reads the last messages, which made those turns about
  // twice as long.
  parentPort?.on('message', () => {});
}
