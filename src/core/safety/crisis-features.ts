// The features the crisis classifier reads: the words of the normalized message (lowercase,
// contractions expanded, accents dropped, idioms blanked; see crisis.ts), each word pair, and
// each concept the concept detector found (crisis-concepts.ts), written "#concept". Plural and
// verb endings are trimmed so "pills" and "pill", "cutting" and "cut" are one feature, and a long
// word's first four and five letters, written "over~", are features of their own.
import type { Concept } from './crisis-concepts.ts';

/** A light stem: enough to join the common English and Spanish endings, never a dictionary. */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 4) return w;
  // The first ending that leaves at least three letters: "-ing", then "-ed" or "-es", then "-s".
  if (n >= 6 && w.endsWith('ing')) return w.slice(0, n - 3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, n - 2);
  return w.endsWith('s') ? w.slice(0, n - 1) : w;
}

/** The distinct features of one normalized message and its concepts. */
export function crisisFeatures(text: string, concepts: Iterable<Concept>): string[] {
  const out = new Set<string>();
  let prev = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    const w = stem(word);
    out.add(w);
    // The first letters join the typos and endings the stem leaves apart ("overdosin",
    // "overdosd"; "ahorcarse", "ahorcado"). Cross-validated, four and five letters together
    // caught more crises than four, five or six alone, or none, with fewer false alarms than none.
    if (word.length > 5) out.add(`${word.slice(0, 4)}~`);
    if (word.length > 6) out.add(`${word.slice(0, 5)}~`);
    if (prev) out.add(`${prev} ${w}`);
    prev = w;
  }
  for (const c of concepts) out.add(`#${c}`);
  return [...out];
}
