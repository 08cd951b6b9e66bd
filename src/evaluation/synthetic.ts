// A large knowledge base made from the real one, to measure how the matcher scales:
// each copy of a real topic gets its own invented words, so vocabulary and index grow too.
import { seededRandom } from '../core/quiz.ts';
import type { KnowledgeBase, Topic } from '../core/types.ts';

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(
    ' ',
  );

/** Example questions kept per copy: a real topic holds a few hundred (the blind training sets),
 * and copying them all into 4,000 topics made the index take minutes to build. */
const EXAMPLES_PER_COPY = 12;

/** `n` of `xs`, starting where copy `i` starts, so the copies between them keep them all. */
const slice = <T>(xs: readonly T[], i: number, n: number): T[] =>
  xs.length <= n ? [...xs] : Array.from({ length: n }, (_, k) => xs[(i * n + k) % xs.length] as T);

export function syntheticKnowledge(kb: KnowledgeBase, size: number, seed = 42): KnowledgeBase {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const word = () =>
    Array.from({ length: 3 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
  const topics: Topic[] = [];
  for (let i = 0; i < size; i++) {
    const base = kb.topics[i % kb.topics.length] as Topic;
    const own = Array.from({ length: 6 }, word);
    const spice = (q: string) => `${q} ${pick(own)} ${pick(own)}`;
    topics.push({
      ...base,
      id: `${base.id}-${i}`,
      title: `${base.title} ${own[0]}`,
      questions: base.questions.map(spice),
      examples: base.examples && slice(base.examples, i, EXAMPLES_PER_COPY).map(spice),
      keywords: [...base.keywords, ...own],
      related: [],
    });
  }
  return { ...kb, topics, topicsById: new Map(topics.map((t) => [t.id, t])) };
}
