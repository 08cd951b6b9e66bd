// Reading a reply's outline in tests: the part of a kind, as the page and every surface get it.
import type { MoreSection, Section } from '../../src/core/outline.ts';

interface Outlined {
  sections: Section[];
}

/** The reply's section of this kind, or undefined when the reply has none. */
export function part<K extends Section['kind']>(
  reply: Outlined,
  kind: K,
): Extract<Section, { kind: K }> | undefined {
  return reply.sections.find(
    (section): section is Extract<Section, { kind: K }> => section.kind === kind,
  );
}

/** A part kept behind "More" (undefined when there is none). */
export function morePart<K extends MoreSection['kind']>(
  reply: Outlined,
  kind: K,
): Extract<MoreSection, { kind: K }> | undefined {
  return part(reply, 'more')?.sections.find(
    (section): section is Extract<MoreSection, { kind: K }> => section.kind === kind,
  );
}

/** The id of the topic the reply shows, or null when it shows none. */
export const topicIdOf = (reply: Outlined): string | null =>
  part(reply, 'heading')?.topicId ?? null;
