// npm run safety:keys: write src/core/safety/word-keys.json, how a word must begin wherever each
// crisis pattern matches (word-gate.ts), so start-up need not parse the patterns. Committed; a
// test checks it is current. `npm run safety:train` writes it too.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../config.ts';
import { CONCEPTS } from '../core/safety/crisis-concepts.ts';
import { IDIOMS, PATTERNS } from '../core/safety/crisis-patterns.ts';
import { keysToShip } from '../core/safety/word-gate.ts';

/** Every pattern the crisis check tries through a word gate. */
export const gatedPatterns = (): RegExp[] => [
  ...Object.values(CONCEPTS),
  ...PATTERNS.map(([, r]) => r),
  ...IDIOMS,
];

export function writeWordKeys(): string {
  const path = join(repoRoot, 'src/core/safety/word-keys.json');
  writeFileSync(path, `${JSON.stringify(keysToShip(gatedPatterns()))}\n`);
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.stdout.write(`wrote ${writeWordKeys()}\n`);
