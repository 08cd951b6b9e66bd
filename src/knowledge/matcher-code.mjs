// @ts-check
// The identity of the code that turns knowledge into the matcher's index: the shipped index
// (build/knowledge-model.bin) is used only by the code that built it. Plain JavaScript so the
// build (src/cli/build.mjs) can write the same value into the compiled server, which runs
// without src/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of src/core's own modules (the analyser, the lexicon, the matcher) and of the locked
 * dependency versions (the stemmer, the word list).
 * @param {string} root the repository
 * @returns {string}
 */
export function matcherCodeHash(root) {
  const hash = createHash('sha256');
  const core = join(root, 'src', 'core');
  for (const name of readdirSync(core)
    .filter((n) => n.endsWith('.ts'))
    .sort())
    hash.update(name).update(readFileSync(join(core, name)));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex');
}
