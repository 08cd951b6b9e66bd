// A list of strings as one string and where each one ends. The matcher's word lists (tens of
// thousands of terms) cross from the reload worker to the main thread and live there until the
// next reload: as one string and one typed array they are two objects instead of tens of
// thousands, so copying them between threads and collecting them as garbage costs little.

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

/** The indexes of a list's strings in the order `Array.prototype.sort` puts them. */
export function sortOrder(list: readonly string[]): Int32Array {
  const order = Int32Array.from(list, (_, i) => i);
  return order.sort((x, y) => {
    const a = list[x] as string;
    const b = list[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** `s` against the i-th string, in the order of `<` (UTF-16 code units): <0, 0 or >0. Reads the
 * characters in place, so a lookup allocates nothing. */
function compareAt(p: PackedStrings, i: number, s: string): number {
  const start = i > 0 ? (p.ends[i - 1] as number) : 0;
  const length = (p.ends[i] as number) - start;
  const n = Math.min(length, s.length);
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(k) - p.text.charCodeAt(start + k);
    if (d !== 0) return d;
  }
  return s.length - length;
}

/** Where `s` is in a packed list of distinct strings, by binary search, or undefined. `order`
 * (from `sortOrder`) gives the strings' order when the list is not itself sorted. */
export function packedFind(p: PackedStrings, s: string, order?: Int32Array): number | undefined {
  let lo = 0;
  let hi = p.ends.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const i = order ? (order[mid] as number) : mid;
    const d = compareAt(p, i, s);
    if (d === 0) return i;
    if (d > 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
