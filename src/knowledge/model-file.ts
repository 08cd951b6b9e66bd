// What the matcher learns, on disk, so start-up loads it instead of building it: the
// re-ranker's weights and the index of the knowledge's terms. One binary file: a JSON header, then
// every typed array and long string as its own bytes. Loading reads the bytes once and makes the
// typed arrays views onto them, so nothing is parsed, decoded or copied: ~30 ms where a JSON file
// with the arrays in base64 took ~300 ms of start-up (its 15 MB decoded as text, parsed, then
// decoded again). The numbers are the typed arrays' own bytes: exact, so answers stay identical.
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
import type { RerankerWeights } from '../core/reranker.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { matcherCodeHash } from './matcher-code.mjs';

// 3: the word lists (terms, words, features) packed into one string each (src/core/packed.ts).
// 4: each with a hash table to find a string (`hashSlots`) instead of a sorted order.
// 5: binary: a header, then the arrays' and long strings' bytes (until 5: JSON with base64).
// A file in another format is not read: start-up builds the index and trains, and says so
// (`knowledge-model-trained`); `npm run kb:build` writes it again in this format.
const FORMAT = 5;
/** The first bytes of the file, so any other file (an older JSON one) is told apart at once. */
const MAGIC = 'boundary-bot model\n';

/** What the header holds instead of a typed array or a long string: where its bytes are. */
interface Bytes {
  bytes: 'Int32Array' | 'Float64Array' | 'utf8';
  at: number;
  length: number;
}

interface ModelFile {
  format: number;
  hash: string;
  reranker: RerankerWeights | null;
  /** The index, and what it was built from (`shippedSource`). */
  source?: string;
  index?: MatcherIndex;
}

/** Weights as saved, with the index built beside them when there is one. */
export interface ShippedModel extends TrainedModel {
  source?: string;
  index?: MatcherIndex;
}

/** Shorter strings stay in the header; longer ones (the packed word lists) go as bytes. */
const LONG = 256;
/** Every block starts at a multiple of 8: a Float64Array view needs an aligned offset. */
const align = (n: number) => Math.ceil(n / 8) * 8;

/** The file's bytes: the magic line, the header's length (4 bytes), the header, the blocks. */
function encode(file: ModelFile): Buffer {
  const blocks: Buffer[] = [];
  let at = 0;
  const add = (bytes: Bytes['bytes'], data: Buffer, length: number): Bytes => {
    const place = { bytes, at, length };
    blocks.push(data, Buffer.alloc(align(data.length) - data.length));
    at += align(data.length);
    return place;
  };
  const header = JSON.stringify(file, (_key, value: unknown) => {
    if (value instanceof Int32Array || value instanceof Float64Array) {
      const data = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      return add(value instanceof Int32Array ? 'Int32Array' : 'Float64Array', data, value.length);
    }
    if (typeof value === 'string' && value.length > LONG) {
      const data = Buffer.from(value, 'utf8');
      return add('utf8', data, data.length);
    }
    return value;
  });
  const magic = Buffer.from(MAGIC, 'utf8');
  const text = Buffer.from(header, 'utf8');
  const start = align(magic.length + 4 + text.length);
  const front = Buffer.alloc(start);
  magic.copy(front);
  front.writeUInt32LE(text.length, magic.length);
  text.copy(front, magic.length + 4);
  return Buffer.concat([front, ...blocks]);
}

function decode(bytes: Buffer): ModelFile | undefined {
  // An aligned copy, in a buffer of its own, only when the read left the bytes unaligned (views
  // need it; a small Buffer may share a pool at any offset).
  const buf =
    bytes.byteOffset % 8 === 0
      ? bytes
      : Buffer.from(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const magic = Buffer.byteLength(MAGIC);
  if (buf.toString('utf8', 0, magic) !== MAGIC) return undefined;
  const size = buf.readUInt32LE(magic);
  const base = buf.byteOffset + align(magic + 4 + size);
  const isBytes = (v: unknown): v is Bytes =>
    typeof v === 'object' && v !== null && 'bytes' in v && 'at' in v && 'length' in v;
  return JSON.parse(buf.toString('utf8', magic + 4, magic + 4 + size), (_key, v: unknown) => {
    if (!isBytes(v)) return v;
    const width = v.bytes === 'Float64Array' ? 8 : v.bytes === 'Int32Array' ? 4 : 1;
    // A file cut short is not read (a string past the end would come back silently shorter).
    if (base + v.at + v.length * width > buf.byteOffset + buf.length)
      throw new Error('the model file is cut short');
    if (v.bytes === 'Int32Array') return new Int32Array(buf.buffer, base + v.at, v.length);
    if (v.bytes === 'Float64Array') return new Float64Array(buf.buffer, base + v.at, v.length);
    const from = base - buf.byteOffset + v.at;
    return buf.toString('utf8', from, from + v.length);
  }) as ModelFile;
}

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
  const file: ModelFile = {
    format: FORMAT,
    hash: model.hash,
    reranker: model.reranker,
    source: built?.source,
    index: built?.index,
  };
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: a server starting meanwhile never reads half a file.
  writeFileSync(`${path}.tmp`, encode(file));
  renameSync(`${path}.tmp`, path);
}

/** The saved weights, or undefined when there are none (or unreadable: then training happens). */
export function readModel(path: string | undefined): ShippedModel | undefined {
  if (!path) return undefined;
  try {
    const file = decode(readFileSync(path));
    if (file?.format !== FORMAT) return undefined;
    return {
      hash: file.hash,
      reranker: file.reranker,
      ...(file.index && file.source ? { source: file.source, index: file.index } : {}),
    };
  } catch {
    return undefined;
  }
}
