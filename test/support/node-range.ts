// Whether a Node version satisfies a package's `engines.node` range (npm's semver grammar:
// "||" alternatives, comparators, ^ ~ x-ranges and hyphen ranges), for the engines test.
type Version = [number, number, number];

/** [from, to): versions v with from <= v < to. */
type Interval = [Version, Version];

const MAX: Version = [Number.MAX_SAFE_INTEGER, 0, 0];

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** "20", "20.x", "20.1.*", "v20.1.2-beta": the parts given, undefined where left open. */
function parts(text: string): (number | undefined)[] {
  const bare = text.replace(/^v/, '').replace(/[-+].*$/, '');
  const [a, b, c] = bare.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : undefined));
  return [a, a === undefined ? undefined : b, a === undefined || b === undefined ? undefined : c];
}

function low(p: (number | undefined)[]): Version {
  return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];
}

/** The first version above every version the partial one names. */
function next(p: (number | undefined)[]): Version {
  if (p[0] === undefined) return MAX;
  if (p[1] === undefined) return [p[0] + 1, 0, 0];
  if (p[2] === undefined) return [p[0], p[1] + 1, 0];
  return [p[0], p[1], p[2] + 1];
}

function comparator(token: string): Interval {
  const m = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(token) as RegExpExecArray;
  const op = m[1] ?? '';
  const p = parts(m[2] ?? '');
  const zero: Version = [0, 0, 0];
  if (op === '>=') return [low(p), MAX];
  if (op === '>') return [next(p), MAX];
  if (op === '<') return [zero, low(p)];
  if (op === '<=') return [zero, next(p)];
  if (op === '~') return [low(p), next([p[0], p[1] ?? undefined, undefined])];
  if (op === '^') {
    const [a = 0, b, c] = p;
    if (a > 0 || b === undefined) return [low(p), [a + 1, 0, 0]];
    if (b > 0 || c === undefined) return [low(p), [0, b + 1, 0]];
    return [low(p), [0, 0, c + 1]];
  }
  return [low(p), next(p)];
}

function inRange(v: Version, set: string): boolean {
  const text = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1');
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  const intervals: Interval[] = hyphen
    ? [[low(parts(hyphen[1] ?? '')), next(parts(hyphen[2] ?? ''))]]
    : text
        .split(/\s+/)
        .filter((t) => t && t !== '*' && t.toLowerCase() !== 'x')
        .map(comparator);
  return intervals.every(([from, to]) => cmp(v, from) >= 0 && cmp(v, to) < 0);
}

export function satisfies(version: string, range: string): boolean {
  const v = low(parts(version));
  return range.split('||').some((set) => inRange(v, set));
}
