// Parsed YAML kept as JSON, found again by the file's bytes. Parsing the knowledge (about 1 MB of
// YAML, most of it training questions) takes 0.6-0.7 s in every process that loads it; reading
// the same data back as JSON takes about 10 ms. Only the data is kept: it depends on nothing but
// the text, so an edited file simply misses, and validation still runs on every load.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

// Part of every key: a change in what is kept makes every old entry miss.
const FORMAT = 'yaml-data-1';
// Smaller files parse in well under a millisecond: not worth a file of their own.
const MIN_BYTES = 4096;

let folder: string | undefined;
let writing = false;

/** Where parsed files are kept (none: every load parses). Set by each entry point; only the
 * build step writes (`write`), so a running server never grows the folder with each edit a
 * reload reads, nor writes beside its own code. */
export function useParseCache(dir: string | undefined, o: { write?: boolean } = {}): void {
  folder = dir;
  writing = o.write === true;
}

/** The folder in use (handed to a worker thread, which has its own). */
export const parseCacheDir = (): string | undefined => folder;

const pathOf = (dir: string, text: string) =>
  join(dir, `${createHash('sha256').update(FORMAT).update(text).digest('hex')}.json`);

/** The data parsed before from exactly this text, or undefined. */
export function cachedParse(text: string): unknown {
  if (!folder || text.length < MIN_BYTES) return undefined;
  try {
    return JSON.parse(readFileSync(pathOf(folder, text), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Keep what `text` parsed to, when JSON holds it exactly. A failure to write (a read-only
 * image, a full disk) only means the next load parses again. */
export function rememberParse(text: string, data: unknown): void {
  if (!folder || !writing || text.length < MIN_BYTES) return;
  try {
    const json = JSON.stringify(data);
    // YAML can say what JSON cannot (.inf, .nan): such a file is parsed every time.
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) return;
    mkdirSync(folder, { recursive: true });
    const path = pathOf(folder, text);
    // Written aside then renamed: two processes loading at once never read half a file.
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, json);
    renameSync(aside, path);
  } catch {
    // Parsing again next time is the whole cost.
  }
}
