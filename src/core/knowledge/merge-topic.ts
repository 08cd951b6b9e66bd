// An agency's change to a base topic, field by field: a text field replaces the base's; a
// list extends it (items already there are skipped) unless the field is named in `replace`;
// `replace_steps` puts the agency's rule in place of the base step that quotes `base`.
import type { z } from 'zod';
import type { Topic } from '../types.ts';
import type { Path } from './files.ts';
import { LIST_FIELDS, type ListField, type topicPatchSchema } from './schema.ts';

export type TopicPatch = z.output<typeof topicPatchSchema>;

// A field that replaces the base's as a whole (the agency's review replaces the base's).
const TEXT_FIELDS = ['title', 'principle', 'agency_policy', 'reviewed'] as const;

/** What makes two items of a list the same, so an extended list never repeats one. */
function key(item: unknown): string {
  if (typeof item === 'string') return item.trim().toLowerCase();
  const o = item as { id?: string; section?: string; when?: string };
  return o.when !== undefined ? `when:${o.when.toLowerCase()}` : `${o.id}\u0000${o.section}`;
}

export function mergeTopic(base: Topic, patch: TopicPatch) {
  // Where it came from and the extra examples are not fields of a topic file: kept by the caller.
  const { file: _file, examples: _examples, ...merged } = base as Topic & Record<string, unknown>;
  const out: Record<string, unknown> = { ...merged };
  /** For each list the agency touched: merged index -> index in the agency's list, or null. */
  const origins = new Map<ListField, (number | null)[]>();
  for (const f of TEXT_FIELDS) if (patch[f] !== undefined) out[f] = patch[f];
  for (const f of LIST_FIELDS) {
    const own = patch[f] as unknown[] | undefined;
    if (own === undefined) continue;
    if (patch.replace.includes(f)) {
      out[f] = own;
      origins.set(
        f,
        own.map((_, i) => i),
      );
      continue;
    }
    const list = [...(base[f] as unknown[])];
    const from: (number | null)[] = list.map(() => null);
    const seen = new Set(list.map(key));
    own.forEach((item, i) => {
      if (seen.has(key(item))) return;
      seen.add(key(item));
      list.push(item);
      from.push(i);
    });
    out[f] = list;
    origins.set(f, from);
  }
  // Base steps are replaced where they stand, so the rule shows where the generic step did.
  const guidance = [...(out.guidance as string[])];
  /** Merged step index -> index in replace_steps. */
  const replaced = new Map<number, number>();
  /** Indexes in replace_steps whose `base` words no base step holds. */
  const unmatched: number[] = [];
  patch.replace_steps.forEach((r, j) => {
    const words = r.base.toLowerCase();
    const at = base.guidance.findIndex((g) => g.toLowerCase().includes(words));
    if (at < 0 || guidance[at] !== base.guidance[at]) unmatched.push(j);
    else {
      guidance[at] = r.with;
      replaced.set(at, j);
    }
  });
  if (replaced.size) out.guidance = guidance;

  /** Where a merged field or item is in the agency's file; null when it came from the base. */
  function locate(path: Path): Path | null {
    const [field, index, ...rest] = path;
    if (field === 'guidance' && typeof index === 'number' && replaced.has(index))
      return ['replace_steps', replaced.get(index) as number, 'with', ...rest];
    if (typeof field !== 'string' || !(field in patch) || field === 'replace') return null;
    const from = origins.get(field as ListField);
    if (!from || typeof index !== 'number') return path;
    const own = from[index];
    return own === null || own === undefined ? null : [field, own, ...rest];
  }

  return { merged: out, locate, agencySteps: [...replaced.keys()], unmatched };
}
