// kb:lint's quiz rules: a fair fixture passes, and breaking one rule at a time fails that rule.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { loadQuiz } from '../../src/core/knowledge/load.ts';
import type { KnowledgeProblem } from '../../src/core/knowledge/problems.ts';
import { checkCues, describeCues, quizCues } from '../../src/core/knowledge/quiz-cues.ts';
import type { QuizQuestion } from '../../src/core/types.ts';

const fixture = join(repoRoot, 'test', 'fixtures', 'quiz-cues');
const sources = new Map([
  [
    'naadac-code',
    {
      id: 'naadac-code',
      title: 'NAADAC',
      sections_verified: true,
      sections: [{ name: 'Principle I', verified: 'test fixture' }],
    },
  ],
]);

function load(edit: (yaml: string) => string = (y) => y) {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-cues-'));
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'fair.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const problems: KnowledgeProblem[] = [];
  const quiz = loadQuiz(dir, new Set(['fair']), sources, problems);
  return { quiz, problems };
}

const fair = () => load().quiz;
const errors = (quiz: QuizQuestion[]) => checkCues(quizCues(quiz));

/** The same question with the key moved to `to` (the options swap places). */
function moveKey(q: QuizQuestion, to: number): QuizQuestion {
  const options = [...q.options];
  const why = [...q.why];
  [options[q.correct], options[to]] = [options[to] as string, options[q.correct] as string];
  [why[q.correct], why[to]] = [why[to] ?? null, why[q.correct] ?? null];
  return { ...q, options, why, correct: to };
}

describe('kb:lint quiz cue rules', () => {
  it('the fair fixture loads and passes every rule', () => {
    const { quiz, problems } = load();
    expect(problems).toEqual([]);
    expect(quiz).toHaveLength(8);
    expect(errors(quiz)).toEqual([]);
    expect(describeCues(quizCues(quiz))).toEqual([
      'quiz: 8 items, 1 topics, 8 to 8 items per topic',
      'quiz: key is the longest option in 2/8 items (25%)',
      'quiz: key length rank longest 25%, 2nd 25%, 3rd 25%, shortest 25%',
      'quiz: supervisor/policy/agency in 1/8 keys (13%) vs 3/24 distractors (13%)',
      'quiz: key positions A 25%, B 25%, C 25%, D 25%',
    ]);
  });

  it('fails when the key is the longest option in more than 35% of items', () => {
    const quiz = fair().map((q, i) => {
      if (i !== 2) return q;
      const options = [...q.options];
      options[q.correct] = `${'A very long key that beats every other option. '.repeat(2)}${i}`;
      return { ...q, options };
    });
    expect(quizCues(quiz).keyLongest).toBe(3);
    expect(errors(quiz)).toEqual([expect.stringMatching(/longest option in 38% of items/)]);
  });

  it('fails when keys name the supervisor or policy more than 1.5x as often as distractors', () => {
    // Same length, so only the words change.
    const quiz = fair().map((q, i) => {
      if (i < 1 || i > 2) return q;
      const options = [...q.options];
      options[q.correct] = (options[q.correct] as string).replace('advice', 'policy');
      return { ...q, options };
    });
    expect(errors(quiz)).toEqual([
      expect.stringMatching(/keys name the supervisor\/policy\/agency 38%/),
    ]);
  });

  it('fails when more than 40% of keys have the same length rank (say, second longest)', () => {
    const quiz = fair().map((q, i) => {
      if (i > 1) return q;
      const options = [...q.options];
      options[q.correct] = (options[q.correct] as string).slice(0, 70);
      return { ...q, options };
    });
    expect(quizCues(quiz).keyLongest).toBe(0);
    expect(errors(quiz)).toEqual([
      expect.stringMatching(/the key is the 2nd option by length in 50%/),
    ]);
  });

  it('fails when one position holds too many keys, or too few', () => {
    const quiz = fair().map((q, i) => (i === 1 ? moveKey(q, 0) : q));
    expect(errors(quiz)).toEqual([
      expect.stringMatching(/38% of keys are at A/),
      expect.stringMatching(/13% of keys are at B/),
    ]);
  });

  it('fails when a topic has fewer than 8 items', () => {
    const quiz = fair()
      .slice(0, 7)
      .concat({ ...(fair()[7] as QuizQuestion), topic: 'other' });
    expect(errors(quiz)).toEqual([
      expect.stringMatching(/topic "fair" has 7 items; it needs at least 8/),
      expect.stringMatching(/topic "other" has 1 items/),
    ]);
  });

  it('fails for a topic that has no item at all', () => {
    expect(checkCues(quizCues(fair(), ['fair', 'new-topic']))).toEqual([
      expect.stringMatching(/topic "new-topic" has 0 items; it needs at least 8/),
    ]);
  });

  it('refuses a wrong option without `why`, naming the line', () => {
    const { problems } = load((y) => y.replace('        why: Wrong for reason 1.\n', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, field: 'questions[0].options[2].why' });
    expect(problems[0]?.message).toMatch(/a wrong option needs `why`/);
  });

  it('refuses a `why` on the correct option, and a `why` over two lines', () => {
    const onKey = load((y) =>
      y.replace('        correct: true\n', '        correct: true\n        why: Right.\n'),
    );
    expect(onKey.problems[0]?.message).toMatch(/the correct option has no `why`/);
    const twoLines = load((y) =>
      y.replace('why: Wrong for reason 1.', 'why: |-\n          Wrong\n          twice.'),
    );
    expect(twoLines.problems[0]?.message).toMatch(/must be one line/);
  });

  it('keeps each reason with its option', () => {
    const q = fair()[1] as QuizQuestion;
    expect(q.why[q.correct]).toBeNull();
    expect(q.why.filter((w) => w !== null)).toHaveLength(3);
  });
});
