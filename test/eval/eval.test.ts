// The matcher must find the answers: accuracy bars on question sets written apart from the
// topics' own example questions.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../src/config.ts';
import { toWords } from '../../src/core/normalize.ts';
import { NOT_LEARNED, trainingFiles } from '../../src/evaluation/crisis-training.ts';
import { failureDetail, loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { heldBackSets, isHeldBack } from '../../src/evaluation/held-back.ts';
import { predictor } from '../../src/evaluation/predict.ts';
import { score } from '../../src/evaluation/score.ts';
import { guide, kb } from '../helpers.ts';

const items = loadEvalSets(join(repoRoot, 'test', 'eval'));
const required = Object.keys(
  (
    parse(readFileSync(join(repoRoot, 'knowledge', 'required-topics.yaml'), 'utf8')) as {
      topics: object;
    }
  ).topics,
);

describe('evaluation sets', () => {
  it('have at least 250 questions: 6 per required topic and 30 out of scope', () => {
    expect(items.length).toBeGreaterThanOrEqual(250);
    for (const id of required) {
      expect(items.filter((i) => i.expect.includes(id)).length, id).toBeGreaterThanOrEqual(6);
    }
    expect(items.filter((i) => !i.expect.length).length).toBeGreaterThanOrEqual(30);
  });

  it('name only existing topics', () => {
    for (const i of items)
      for (const id of i.expect) expect(kb.topicsById.has(id), `${i.q}: ${id}`).toBe(true);
  });

  it("do not copy the topics' own example questions", () => {
    const key = (q: string) => toWords(q).join(' ');
    const examples = new Set(kb.topics.flatMap((t) => t.questions.map(key)));
    const copied = items.filter((i) => examples.has(key(i.q))).map((i) => i.q);
    expect(copied).toEqual([]);
  });
});

describe('accuracy', () => {
  const s = score(items, predictor(guide));

  it('top-1 is at least 90%', () => expect(s.top1).toBeGreaterThanOrEqual(0.9));
  it('top-3 is at least 97%', () => expect(s.top3).toBeGreaterThanOrEqual(0.97));
  it('out-of-scope rejection is at least 90%', () =>
    expect(s.rejection).toBeGreaterThanOrEqual(0.9));
});

describe('a failing count of a question set', () => {
  it('shows its messages, or only how many when the set is held back', () => {
    const texts = ['client Dana Whitlock asked for a ride', 'a second message'];
    expect(failureDetail('test/eval/crisis-blind-m-pos.yaml', texts)).toContain('Dana Whitlock');
    for (const file of [
      'crisis-blind-ao-neg.yaml',
      'identifiers-blind-15.yaml',
      'unseen/match-k.yaml',
    ]) {
      const held = failureDetail(file, texts);
      expect(held).toContain('2 messages');
      expect(held).not.toMatch(/Dana|Whitlock|ride|second/);
    }
  });

  it('knows each held-back set by a file that exists', () => {
    const files = [
      ...readdirSync(join(repoRoot, 'test/eval')),
      ...readdirSync(join(repoRoot, 'test/eval/unseen')),
    ].filter(isHeldBack);
    for (const name of heldBackSets()) {
      expect(
        files.some((f) => f.startsWith(`${name}.`) || f.startsWith(`${name}-`)),
        name,
      ).toBe(true);
    }
  });

  it('trains the crisis classifier on every blind crisis set but the held-back ones and those read but not learned', () => {
    const trained = new Set(trainingFiles().map((f) => basename(f)));
    const blind = readdirSync(join(repoRoot, 'test/eval')).filter((f) =>
      f.startsWith('crisis-blind-'),
    );
    const kept = (f: string) => isHeldBack(f) || NOT_LEARNED.test(f);
    expect(blind.filter((f) => kept(f) === trained.has(f))).toEqual([]);
    expect(blind.filter((f) => NOT_LEARNED.test(f)).length).toBeGreaterThan(0);
    expect(blind.filter(isHeldBack).length).toBeGreaterThan(10);
    expect(blind.filter((f) => trained.has(f)).length).toBeGreaterThan(50);
  });
});
