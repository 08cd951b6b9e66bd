// The topics' example questions (~6,000, from knowledge/examples and knowledge/training) cross
// from the reload worker to the main thread as one JSON string instead of thousands of strings,
// and are parsed there only when something reads them: the matcher's index and weights come
// built from the worker, so answering never does. Copying them between threads and collecting
// them as garbage then costs next to nothing on the main thread.
import type { KnowledgeBase, Topic } from '../core/types.ts';

/** The examples taken out of a knowledge base's topics. */
export interface TakenExamples {
  /** Each topic's examples (null when it has none), in the order of `kb.topics`. */
  json: string;
  /** 1 for each topic that has examples, in the same order: known without parsing. */
  has: Uint8Array;
}

/** On the worker: take the examples out of the topics (in place: `topicsById` holds the same
 * objects). */
export function takeExamples(kb: KnowledgeBase): TakenExamples {
  const examples = kb.topics.map((t) => t.examples ?? null);
  for (const t of kb.topics) delete t.examples;
  return {
    json: JSON.stringify(examples),
    has: Uint8Array.from(examples, (e) => (e ? 1 : 0)),
  };
}

/** On the main thread: give the topics their examples back, parsed from the JSON the first
 * time any topic's examples are read. Reading, assigning or enumerating `examples` behaves as
 * on a plain object; a topic without examples has no `examples` property, as before. */
export function restoreExamples(kb: KnowledgeBase, { json, has }: TakenExamples): void {
  const define = (t: Topic, value: string[]) =>
    Object.defineProperty(t, 'examples', {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  let parsed = false;
  // Every topic at once, at the first read: one parse, plain data properties from then on.
  const parse = () => {
    if (parsed) return;
    parsed = true;
    const examples = JSON.parse(json) as (string[] | null)[];
    kb.topics.forEach((t, i) => {
      const value = examples[i];
      if (value && Object.getOwnPropertyDescriptor(t, 'examples')?.get) define(t, value);
    });
  };
  kb.topics.forEach((t, i) => {
    if (!has[i]) return;
    Object.defineProperty(t, 'examples', {
      get() {
        parse();
        return t.examples;
      },
      set(value: string[]) {
        define(t, value);
      },
      enumerable: true,
      configurable: true,
    });
  });
}
