// A list of strings as one string and where each one ends. The matcher's word lists (tens of
// thousands of terms) cross from the reload worker to the main thread and live there until the
// next reload: as one string and one typed array they are two objects instead of tens of
// thousands, so copying them between threads and collecting them as garbage costs little. The
// crisis classifier keeps its ~45,000 features the same way.

export interface PackedStrings {
  /** The strings one after another, with nothing between them. */
  text: string;
  /** Where each string ends in `text` (the next one starts there). */
  ends: Int32Array;
}

export function pack(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let at = 0;
  list.forEach((s, i) => {
    at += s.length;
    ends[i] = at;
  });
  return { text: list.join(''), ends };
}

function packedAt(p: PackedStrings, i: number): string {
  return p.text.slice(i > 0 ? (p.ends[i - 1] as number) : 0, p.ends[i] as number);
}

export function unpack(p: PackedStrings): string[] {
  return Array.from(p.ends, (_, i) => packedAt(p, i));
}

/** FNV-1a of `text`'s characters from `start` to `end`: the same for a packed string and for a
 * string looked up, without slicing either. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** An open-addressing hash table over a packed list of distinct strings: each string's index
 * plus one in the slot of its hash (or the next free one), 0 in an empty slot. One typed array
 * at most half full: a lookup hashes the string once and compares it in place with one or two
 * candidates, three times faster than a binary search of ~16 comparisons. The matcher's are
 * built with its index (the build step, the reload worker) and move between threads for free. */
export function hashSlots(p: PackedStrings): Int32Array {
  let size = 1;
  while (size < 2 * p.ends.length) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < p.ends.length; i++) {
    let at = hashOf(p.text, i > 0 ? (p.ends[i - 1] as number) : 0, p.ends[i] as number) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = i + 1;
  }
  return slots;
}

/** `s` against the i-th string: true when they are the same. Reads the characters in place, so
 * a lookup allocates nothing. */
function equalAt(p: PackedStrings, i: number, s: string): boolean {
  const start = i > 0 ? (p.ends[i - 1] as number) : 0;
  if ((p.ends[i] as number) - start !== s.length) return false;
  for (let k = 0; k < s.length; k++)
    if (s.charCodeAt(k) !== p.text.charCodeAt(start + k)) return false;
  return true;
}

/** Where `s` is in a packed list, through its `hashSlots`, or undefined. */
export function packedFind(p: PackedStrings, slots: Int32Array, s: string): number | undefined {
  const mask = slots.length - 1;
  for (let at = hashOf(s, 0, s.length) & mask; ; at = (at + 1) & mask) {
    const i = (slots[at] as number) - 1;
    if (i < 0) return undefined;
    if (equalAt(p, i, s)) return i;
  }
}
