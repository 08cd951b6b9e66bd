// The per-set comparison's structure (src/evaluation/compare.ts), on made-up engines: which
// figures it holds, in which order, and how the lead is counted. Not the real figures.
import { describe, expect, it } from 'vitest';
import {
  type Contender,
  compareSets,
  comparisonTable,
  rememberLast,
} from '../../src/evaluation/compare.ts';
import type { EvalItem } from '../../src/evaluation/eval-sets.ts';

const item = (q: string, expect: string[], file: string): EvalItem => ({ q, expect, file });
const a = [item('gift', ['gifts'], 'a.yaml'), item('wifi', [], 'a.yaml')];
const b = [item('friend', ['social-media'], 'b.yaml'), item('loan', ['money'], 'b.yaml')];
const perfect: Contender = {
  name: 'perfect',
  predict: (q) => {
    const id = { gift: 'gifts', friend: 'social-media', loan: 'money' }[q] ?? null;
    return { topic: id, ranked: id ? [id] : [] };
  },
};
let asked = 0;
const wrong: Contender = {
  name: 'always-gifts',
  predict: () => {
    asked++;
    return { topic: 'gifts', ranked: ['gifts', 'money'] };
  },
};

describe('compareSets', () => {
  const c = compareSets(
    [
      { name: 'a.yaml', items: a },
      { name: 'b.yaml', items: b },
    ],
    [perfect, wrong],
    [{ name: 'every set', items: [...a, ...b] }],
  );

  it('scores every engine on every set, in the order given, then the totals', () => {
    expect(c.engines).toEqual(['perfect', 'always-gifts']);
    expect(c.sets.map((s) => [s.set, s.inScope, s.outOfScope])).toEqual([
      ['a.yaml', 1, 1],
      ['b.yaml', 2, 0],
    ]);
    expect(c.totals.map((s) => [s.set, s.inScope, s.outOfScope])).toEqual([['every set', 3, 1]]);
    for (const s of [...c.sets, ...c.totals])
      expect(s.engines.map((e) => e.engine)).toEqual(c.engines);
  });

  it("counts the first engine's lead over each other one in points; none for the first", () => {
    const [first, other] = c.sets[1]?.engines ?? [];
    expect(first?.lead).toBeNull();
    expect(other?.score.top1).toBe(0);
    expect(other?.score.top3).toBe(0.5);
    expect(other?.lead).toEqual({ top1: 100, top3: 50, rejection: 0 });
    expect(c.sets[0]?.engines[1]?.lead?.rejection).toBe(100);
  });

  it('puts each question to each engine once, totals included', () => {
    expect(asked).toBe(4);
  });

  it("keeps each engine's misses for the set", () => {
    expect(c.sets[1]?.engines[1]?.score.misses.map((m) => m.q)).toEqual(['friend', 'loan']);
  });

  it('prints a line per figure, leaving out figures a set has no questions for', () => {
    const lines = comparisonTable(c).split('\n');
    expect(lines[0]).toMatch(/perfect.*always-gifts.*lead over always-gifts/);
    const b = lines.findIndex((l) => l.startsWith('b.yaml'));
    expect(lines[b]).toMatch(/top-1\s+100\.0%\s+0\.0%\s+\+100\.0/);
    expect(lines[b + 1]).toMatch(/top-3/);
    expect(lines[b + 2]).not.toMatch(/out of scope/);
  });
});

describe('rememberLast', () => {
  it('matches the same words once in a row, and again after other words', () => {
    let calls = 0;
    const m = rememberLast({
      match: () => {
        calls++;
        return { ranked: [], topic: null, confidence: null, close: [] };
      },
    });
    m.match('x');
    m.match('x');
    expect(calls).toBe(1);
    m.match('y');
    m.match('x');
    expect(calls).toBe(3);
  });
});
