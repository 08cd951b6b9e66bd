// Whether a citation points at something real: a known document and one of the sections
// sources.yaml lists as verified for it, or the whole document when none could be verified.
import type { KnowledgeBase, Source, SourceRef } from '../types.ts';

/** Why the citation is refused, naming the field at fault; null when it stands. */
export function citationProblem(
  sources: ReadonlyMap<string, Source>,
  ref: SourceRef,
): { field: 'id' | 'section'; message: string } | null {
  const doc = sources.get(ref.id);
  if (!doc) return { field: 'id', message: `unknown source "${ref.id}"` };
  const names = (doc.sections ?? []).map((s) => s.name);
  if (!doc.sections_verified) {
    return ref.section === undefined
      ? null
      : {
          field: 'section',
          message: `"${ref.id}" has no verified sections: cite the whole document (leave out "section")`,
        };
  }
  if (ref.section === undefined) {
    return {
      field: 'section',
      message: `cite one of the verified sections of "${ref.id}": ${names.join('; ')}`,
    };
  }
  if (names.includes(ref.section)) return null;
  return {
    field: 'section',
    message: `"${ref.section}" is not a verified section of "${ref.id}"; sources.yaml lists: ${names.join('; ')}`,
  };
}

/** How a citation of a whole document reads where a section name would stand. */
export const WHOLE_DOCUMENT = 'whole document';

/** The section to show for a citation: its own, or the mark of a whole-document citation. */
export const shownSection = (ref: SourceRef): string => ref.section ?? WHOLE_DOCUMENT;

/** How the knowledge base cites: to a verified section, or to a whole document. */
export function citationFigures(kb: KnowledgeBase): string {
  const refs = [...kb.topics.flatMap((t) => t.sources), ...kb.quiz.map((q) => q.source)];
  const whole = refs.filter((r) => r.section === undefined).length;
  return `citations: ${refs.length} (${refs.length - whole} to a verified section, ${whole} to a whole document whose sections are unverified)`;
}
