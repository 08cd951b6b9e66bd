// A small JSON Schema (draft-07) checker for the keywords Slack's published manifest schema uses
// (test/fixtures/slack-manifest.schema.json): enough to validate manifest.json offline, without
// a dependency. Returns the problems, each with where it is; empty when valid.
type Schema = Record<string, unknown>;

export function validate(root: Schema, value: unknown): string[] {
  const problems: string[] = [];
  const resolve = (ref: string): Schema => {
    let node: unknown = root;
    for (const part of ref.replace(/^#\//, '').split('/'))
      node = (node as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!node || typeof node !== 'object') throw new Error(`unresolved $ref ${ref}`);
    return node as Schema;
  };
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  const isType = (v: unknown, t: string) =>
    t === 'number'
      ? typeof v === 'number'
      : t === typeOf(v) || (t === 'number' && typeOf(v) === 'integer');

  function check(s: Schema, v: unknown, at: string, out: string[]): void {
    if (typeof s.$ref === 'string') {
      check(resolve(s.$ref), v, at, out);
      return;
    }
    if (Array.isArray(s.anyOf)) {
      const ok = (s.anyOf as Schema[]).some((alt) => {
        const tried: string[] = [];
        check(alt, v, at, tried);
        return tried.length === 0;
      });
      if (!ok) out.push(`${at}: matches none of anyOf`);
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => isType(v, t))) {
        out.push(`${at}: not ${types.join('|')}`);
        return;
      }
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) out.push(`${at}: not one of ${s.enum}`);
    if (typeof v === 'string') {
      if (typeof s.maxLength === 'number' && v.length > s.maxLength)
        out.push(`${at}: ${v.length} characters (max ${s.maxLength})`);
      if (typeof s.minLength === 'number' && v.length < s.minLength) out.push(`${at}: too short`);
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v))
        out.push(`${at}: does not match ${s.pattern}`);
    }
    if (Array.isArray(v)) {
      if (typeof s.maxItems === 'number' && v.length > s.maxItems)
        out.push(`${at}: too many items`);
      if (typeof s.minItems === 'number' && v.length < s.minItems) out.push(`${at}: too few items`);
      if (s.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length)
        out.push(`${at}: items repeat`);
      if (s.items && typeof s.items === 'object')
        for (const [i, x] of v.entries()) check(s.items as Schema, x, `${at}[${i}]`, out);
    }
    if (typeOf(v) === 'object') {
      const o = v as Schema;
      for (const k of (s.required as string[] | undefined) ?? [])
        if (!(k in o)) out.push(`${at}: missing ${k}`);
      const props = (s.properties as Record<string, Schema> | undefined) ?? {};
      const patterns = Object.entries((s.patternProperties as Record<string, Schema>) ?? {});
      for (const [k, x] of Object.entries(o)) {
        const where = `${at}.${k}`;
        const matched = patterns.filter(([p]) => new RegExp(p, 'u').test(k));
        if (props[k]) check(props[k], x, where, out);
        for (const [, p] of matched) check(p, x, where, out);
        if (props[k] || matched.length) continue;
        if (s.additionalProperties === false) out.push(`${where}: not allowed`);
        else if (s.additionalProperties && typeof s.additionalProperties === 'object')
          check(s.additionalProperties as Schema, x, where, out);
      }
    }
  }
  check(root, value, '$', problems);
  return problems;
}
