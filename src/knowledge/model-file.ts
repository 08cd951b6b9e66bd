// The re-ranker's learned weights on disk, so start-up loads them instead of training. The
// weights go as the bytes of their Float64Array (base64): exact, so answers stay identical.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TrainedModel } from '../core/matcher.ts';

const FORMAT = 1;

interface ModelFile {
  format: number;
  hash: string;
  reranker: { classes: number; features: string[]; weights: string; bias: string } | null;
}

const encode = (a: Float64Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function decode(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into a buffer of its own: Float64Array needs an 8-byte aligned offset.
  return new Float64Array(new Uint8Array(bytes).buffer);
}

export function writeModel(path: string, model: TrainedModel): void {
  const r = model.reranker;
  const file: ModelFile = {
    format: FORMAT,
    hash: model.hash,
    reranker: r && {
      classes: r.classes,
      features: r.features,
      weights: encode(r.weights),
      bias: encode(r.bias),
    },
  };
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: a server starting meanwhile never reads half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
}

/** The saved weights, or undefined when there are none (or unreadable: then training happens). */
export function readModel(path: string | undefined): TrainedModel | undefined {
  if (!path) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
    if (file.format !== FORMAT) return undefined;
    const r = file.reranker;
    return {
      hash: file.hash,
      reranker: r && {
        classes: r.classes,
        features: r.features,
        weights: decode(r.weights),
        bias: decode(r.bias),
      },
    };
  } catch {
    return undefined;
  }
}
