// What the matcher learns, on disk, so start-up loads it instead of building it: the
// re-ranker's weights and the index of the knowledge's terms. Numbers go as the bytes of their
// typed arrays (base64): exact, so answers stay identical.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { repoRoot } from '../config.ts';
import {
  DEFAULT_OPTIONS,
  indexSource,
  type MatcherIndex,
  type MatcherOptions,
  type TrainedModel,
} from '../core/matcher.ts';
import type { PackedStrings } from '../core/packed.ts';
import type { RerankerWeights } from '../core/reranker.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { matcherCodeHash } from './matcher-code.mjs';

// 3: the word lists (terms, words, features) packed into one string each (src/core/packed.ts).
// 4: each with a hash table to find a string (`hashSlots`) instead of a sorted order.
// A file in another format is not read: start-up builds the index and trains, and says so
// (`knowledge-model-trained`); `npm run kb:build` writes it again in this format.
const FORMAT = 4;

/** A packed list as saved: its text, and its ends as the bytes of their typed array. */
interface EncodedPacked {
  text: string;
  ends: string;
}

type Encoded<T> = {
  [K in keyof T]: T[K] extends Int32Array | Float64Array
    ? string
    : T[K] extends PackedStrings
      ? EncodedPacked
      : T[K];
};

interface ModelFile {
  format: number;
  hash: string;
  reranker: Encoded<RerankerWeights> | null;
  /** The index, and what it was built from (`shippedSource`). */
  source?: string;
  index?: Encoded<MatcherIndex>;
}

/** Weights as saved, with the index built beside them when there is one. */
export interface ShippedModel extends TrainedModel {
  source?: string;
  index?: MatcherIndex;
}

const encode = (a: Int32Array | Float64Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

// Copied into a buffer of its own: typed arrays need an aligned offset.
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64')).buffer;
const decode = (text: string) => new Float64Array(bytesOf(text));
const decodeInts = (text: string) => new Int32Array(bytesOf(text));
const encodePacked = (p: PackedStrings): EncodedPacked => ({ text: p.text, ends: encode(p.ends) });
const decodePacked = (p: EncodedPacked): PackedStrings => ({
  text: p.text,
  ends: decodeInts(p.ends),
});

// Set by the build (src/cli/build.mjs) in the compiled server, which has no src/ to read.
declare const __MATCHER_CODE__: string | undefined;
let code: string | undefined;
function codeHash(): string {
  if (typeof __MATCHER_CODE__ === 'string') return __MATCHER_CODE__;
  try {
    code ??= matcherCodeHash(repoRoot);
  } catch {
    // Without the code to read, no saved index is trusted (a random value never matches).
    code = `unknown-${Math.random()}`;
  }
  return code;
}

/** What a saved index must have been built from to be used: this knowledge, these options and
 * this very code. Hashing the knowledge costs milliseconds; building the index ~0.5 s. */
export function shippedSource(
  kb: KnowledgeBase,
  options: MatcherOptions = DEFAULT_OPTIONS,
): string {
  return createHash('sha256').update(indexSource(kb, options)).update(codeHash()).digest('hex');
}

/** The saved index when it was built from exactly this knowledge and code. */
export function shippedIndex(
  model: ShippedModel | undefined,
  kb: KnowledgeBase,
  options: MatcherOptions = DEFAULT_OPTIONS,
): MatcherIndex | undefined {
  return model?.index && model.source === shippedSource(kb, options) ? model.index : undefined;
}

export function writeModel(
  path: string,
  model: TrainedModel,
  built?: { index: MatcherIndex; source: string },
): void {
  const r = model.reranker;
  const x = built?.index;
  const file: ModelFile = {
    format: FORMAT,
    hash: model.hash,
    reranker: r && {
      classes: r.classes,
      features: encodePacked(r.features),
      featureSlots: encode(r.featureSlots),
      weights: encode(r.weights),
      bias: encode(r.bias),
    },
    source: built?.source,
    index: x && {
      ...x,
      terms: encodePacked(x.terms),
      termSlots: encode(x.termSlots),
      words: encodePacked(x.words),
      wordSlots: encode(x.wordSlots),
      df: encode(x.df),
      start: encode(x.start),
      topics: encode(x.topics),
      weights: encode(x.weights),
      counts: encode(x.counts),
    },
  };
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: a server starting meanwhile never reads half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
}

/** The saved weights, or undefined when there are none (or unreadable: then training happens). */
export function readModel(path: string | undefined): ShippedModel | undefined {
  if (!path) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
    if (file.format !== FORMAT) return undefined;
    const r = file.reranker;
    const x = file.index;
    return {
      hash: file.hash,
      reranker: r && {
        classes: r.classes,
        features: decodePacked(r.features),
        featureSlots: decodeInts(r.featureSlots),
        weights: decode(r.weights),
        bias: decode(r.bias),
      },
      ...(x && file.source
        ? {
            source: file.source,
            index: {
              ...x,
              terms: decodePacked(x.terms),
              termSlots: decodeInts(x.termSlots),
              words: decodePacked(x.words),
              wordSlots: decodeInts(x.wordSlots),
              df: decodeInts(x.df),
              start: decodeInts(x.start),
              topics: decodeInts(x.topics),
              weights: decode(x.weights),
              counts: decodeInts(x.counts),
            },
          }
        : {}),
    };
  } catch {
    return undefined;
  }
}
