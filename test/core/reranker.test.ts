// The re-ranker reads a question's words as its weights say, remembering each word's features.
import { describe, expect, it } from 'vitest';
import { packedFind } from '../../src/core/packed.ts';
import { rerankFeatures, trainReranker } from '../../src/core/reranker.ts';
import { toTerms } from '../../src/core/terms.ts';

const terms = (text: string) => {
  const t = toTerms(text.split(' '));
  return [...t.unigrams, ...t.bigrams];
};

describe('reranker', () => {
  const examples = [
    ['client offered me a gift card', 'can i take a small gift', 'gift from a client family'],
    ['client sent me a friend request', 'follow a client on instagram', 'facebook friend request'],
    ['can i lend money to a client', 'client asked to borrow money', 'loan a client cash'],
  ].map((list) => list.map(terms));
  const reranker = trainReranker(examples, {
    epochs: 4,
    learningRate: 0.3,
    l2: 0.01,
    seed: 7,
    minCount: 1,
  });

  /** The softmax of the bias plus each known feature's row, read straight from the weights. */
  const byHand = (unigrams: string[], bigrams: string[]) => {
    const w = reranker?.weights();
    if (!w) throw new Error('no reranker');
    const z = Float64Array.from(w.bias);
    for (const f of new Set(rerankFeatures(unigrams, bigrams))) {
      const i = packedFind(w.features, w.featureSlots, f);
      if (i === undefined) continue;
      for (let c = 0; c < w.classes; c++)
        z[c] = (z[c] as number) + (w.weights[i * w.classes + c] as number);
    }
    const max = Math.max(...z);
    let sum = 0;
    for (let c = 0; c < w.classes; c++) sum += z[c] = Math.exp((z[c] as number) - max);
    return z.map((v) => v / sum);
  };

  it('gives the probabilities its weights give for the words, again and again', () => {
    expect(reranker).not.toBeNull();
    for (const text of [
      'my client gave me a gift card gift card',
      'friend request from a client on facebook',
      'borrow borrow money money zzzq',
      'nothing it has seen',
      '',
    ]) {
      const t = toTerms(text.split(' ').filter(Boolean));
      const expected = byHand(t.unigrams, t.bigrams);
      for (let pass = 0; pass < 2; pass++)
        expect(reranker?.probabilities(t.unigrams, t.bigrams), text).toEqual(expected);
    }
  });
});
