// The re-ranker's remembered word features must give exactly the numbers of its plain reading.
import { describe, expect, it } from 'vitest';
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

  it('gives the same probabilities from the words as from their features, again and again', () => {
    expect(reranker).not.toBeNull();
    for (const text of [
      'my client gave me a gift card gift card',
      'friend request from a client on facebook',
      'borrow borrow money money zzzq',
      'nothing it has seen',
      '',
    ]) {
      const t = toTerms(text.split(' ').filter(Boolean));
      const plain = reranker?.probabilities(rerankFeatures(t.unigrams, t.bigrams));
      for (let pass = 0; pass < 2; pass++)
        expect(reranker?.probabilitiesOf(t.unigrams, t.bigrams), text).toEqual(plain);
    }
  });
});
