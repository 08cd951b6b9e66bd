// A tiny knowledge base that makes the bot unsure on purpose: four real topics, three of which
// share one made-up word, so a question of that word alone scores those three alike. No crisis
// topic is in it, so a crisis message here finds no topic of its own.
import type { KnowledgeBase, Topic } from '../../src/core/types.ts';
import { kb } from '../helpers.ts';

/** The word the three unsure topics share. */
export const SHARED_WORD = 'quillibrance';
/** A question the bot is unsure about, every time (it names the work role, as questions from
 * peer workers do, so the matcher does not read it as about the asker's own life). */
export const UNSURE_QUESTION = `a client said ${SHARED_WORD} ${SHARED_WORD}`;
/** A question with nothing near it: an honest miss. */
export const MISS_QUESTION = 'zorvath plimbex quandrel';
export const UNSURE_IDS = ['gifts', 'transportation', 'social-media'];
const IDS = [...UNSURE_IDS, 'self-disclosure'];

function unsureKnowledge(): KnowledgeBase {
  const topics: Topic[] = IDS.map((id) => {
    const t = kb.topicsById.get(id) as Topic;
    return {
      ...t,
      keywords: UNSURE_IDS.includes(id) ? [...t.keywords, SHARED_WORD] : t.keywords,
      related: t.related.filter((r) => IDS.includes(r)),
    };
  });
  return {
    ...kb,
    topics,
    topicsById: new Map(topics.map((t) => [t.id, t])),
    outOfScope: { questions: [], keywords: [] },
    quiz: kb.quiz.filter((q) => IDS.includes(q.topic)),
  };
}

export const unsureKb = unsureKnowledge();
