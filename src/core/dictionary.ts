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

/** The i-th word against `word`, as `<` orders strings (negative when it comes first), read in
 * place: a lookup of ~18 steps allocates nothing. */
function compareAt(w: Words, i: number, word: string): number {
  const text = w.text;
  for (let k = w.starts[i] as number, j = 0; ; k++, j++) {
    const c = k < text.length ? text.charCodeAt(k) : 10;
    if (c === 10) return j === word.length ? 0 : -1;
    if (j === word.length) return 1;
    const d = c - word.charCodeAt(j);
    if (d !== 0) return d;
  }
}

/** Answers already looked up: the name finders ask about the same words of a message several
 * times, and the same everyday words message after message. */
const answers = new Map<string, boolean>();
const ANSWERS = 20_000;

export function isEnglishWord(word: string): boolean {
  let known = answers.get(word);
  if (known === undefined) {
    known = lookUp(word);
    if (answers.size < ANSWERS) answers.set(word, known);
  }
  return known;
}

function lookUp(word: string): boolean {
  loaded ??= load();
  if (loaded.misplaced.has(word)) return true;
  let lo = 0;
  let hi = loaded.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareAt(loaded, mid, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
