// English words (the word-list package, ~274,000 words), so spelling correction leaves real
// words alone: "poison" is not a typo of "prison", "rope" is not a typo of "role".
// Kept as the file's one string plus line offsets and searched by bisection: about 4 MB,
// where a Set of the same words costs over 40 MB.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

interface Words {
  text: string;
  starts: Int32Array;
  count: number;
  /** The few lines out of sorted order in the file. */
  misplaced: Set<string>;
}

let loaded: Words | undefined;

function load(): Words {
  const text = readFileSync(wordListPath, 'utf8');
  const starts = new Int32Array(text.length / 2);
  const misplaced = new Set<string>();
  let count = 0;
  let last = '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const word = text.slice(start, end);
    if (word < last) misplaced.add(word);
    else if (word) {
      starts[count++] = start;
      last = word;
    }
    start = end + 1;
  }
  // The buffer was sized for the worst case (one-letter words); keep only what is used
  // (about 1 MB instead of 5.5 MB).
  return { text, starts: starts.slice(0, count), count, misplaced };
}

function at(w: Words, i: number): string {
  const start = w.starts[i] as number;
  const end = w.text.indexOf('\n', start);
  return w.text.slice(start, end < 0 ? w.text.length : end);
}

export function isEnglishWord(word: string): boolean {
  loaded ??= load();
  if (loaded.misplaced.has(word)) return true;
  let lo = 0;
  let hi = loaded.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = at(loaded, mid);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
