import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { nextQuestion, previousDay, seededRandom, streak } from '../../src/core/quiz.ts';
import { createQuizService } from '../../src/quiz/service.ts';
import { kb } from '../helpers.ts';
import { KINDS, openTestStore } from '../store/helpers.ts';

describe('the question bank', () => {
  it('has 8 questions for every topic, each with one correct of four and a reason for each wrong one', () => {
    expect(kb.quiz.length).toBeGreaterThanOrEqual(8 * kb.topics.length);
    for (const t of kb.topics)
      expect(kb.quiz.filter((q) => q.topic === t.id).length, t.id).toBeGreaterThanOrEqual(8);
    for (const q of kb.quiz) {
      expect(q.options, q.id).toHaveLength(4);
      expect(q.correct, q.id).toBeGreaterThanOrEqual(0);
      q.why.forEach((why, i) => {
        if (i === q.correct) expect(why, q.id).toBeNull();
        else expect(why, `${q.id} option ${i}`).toMatch(/\S/);
      });
      expect(kb.sources.has(q.source.id), q.id).toBe(true);
      expect(`${q.scenario}${q.explanation}${q.options.join('')}`, q.id).not.toMatch(/press 3/i);
    }
  });
});

describe('decks', () => {
  it('asks every question once before a new round', () => {
    const random = seededRandom(3);
    let deck = { round: 0, asked: [] as string[] };
    const seen: string[] = [];
    for (let i = 0; i < kb.quiz.length; i++) {
      const { question, round } = nextQuestion(kb.quiz, deck, [], random);
      expect(round).toBe(0);
      seen.push(question.id);
      deck = { round, asked: [...deck.asked, question.id] };
    }
    expect(new Set(seen).size).toBe(kb.quiz.length);
    expect(nextQuestion(kb.quiz, deck, [], random).round).toBe(1);
  });

  it('brings the topics a channel answers worst back sooner', () => {
    const missed = kb.quiz
      .filter((q) => q.topic === 'gifts')
      .map((q) => ({ questionId: q.id, correct: false }));
    const fresh = { round: 0, asked: [] };
    const count = (results: typeof missed) => {
      const random = seededRandom(9);
      let n = 0;
      for (let i = 0; i < 2000; i++)
        if (nextQuestion(kb.quiz, fresh, results, random).question.topic === 'gifts') n++;
      return n;
    };
    expect(count(missed)).toBeGreaterThan(2 * count([]));
  });
});

describe('streaks', () => {
  it('counts days in a row ending today or yesterday', () => {
    expect(streak(['2026-11-20', '2026-11-21', '2026-11-22'], '2026-11-22')).toBe(3);
    expect(streak(['2026-11-20', '2026-11-21'], '2026-11-22')).toBe(2);
    expect(streak(['2026-11-19', '2026-11-21'], '2026-11-22')).toBe(1);
    expect(streak(['2026-11-19'], '2026-11-22')).toBe(0);
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
  });
});

describe.each(KINDS)('the quiz service on %s', (kind) => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await (closers.pop() as () => Promise<void>)();
  });

  async function service() {
    const { store, close } = await openTestStore(kind);
    closers.push(close);
    return {
      store,
      quiz: createQuizService({
        store,
        kb: () => kb,
        zone: 'America/Los_Angeles',
        random: seededRandom(5),
      }),
    };
  }

  it('grades the first answer, returns it again on a second click, and keeps the streak', async () => {
    const { quiz } = await service();
    const day1 = new Date('2026-11-20T18:00:00Z');
    const a = await quiz.deal('slack', 'U1', day1);
    const right = a.question.correct;
    const first = await quiz.answer(a.quiz.id, 'U1', right, day1);
    expect(first).toMatchObject({ first: true, correct: true, streak: 1 });
    expect(first?.source.title).toBeTruthy();
    const again = await quiz.answer(a.quiz.id, 'U1', (right + 1) % 4, day1);
    expect(again).toMatchObject({ first: false, choice: right, correct: true });
    const day2 = new Date('2026-11-21T18:00:00Z');
    const b = await quiz.deal('slack', 'U1', day2);
    expect(b.question.id).not.toBe(a.question.id);
    expect((await quiz.answer(b.quiz.id, 'U1', b.question.correct, day2))?.streak).toBe(2);
    const stats = await quiz.stats('U1', day2);
    expect(stats).toMatchObject({ answered: 2, correct: 2, streak: 2 });
    expect(stats.byArea.reduce((n, x) => n + x.answered, 0)).toBe(2);
    expect(await quiz.answer('no-such-quiz', 'U1', 0, day2)).toBeNull();
  });

  it('records one answer when the same person clicks twice at once', async () => {
    const { quiz, store } = await service();
    const now = new Date('2026-11-20T18:00:00Z');
    const a = await quiz.deal('teams', 'U9', now);
    const results = await Promise.all(
      [0, 1, 2, 3].map((c) => quiz.answer(a.quiz.id, 'U9', c, now)),
    );
    expect(results.filter((r) => r?.first)).toHaveLength(1);
    expect(new Set(results.map((r) => r?.choice)).size).toBe(1);
    expect((await store.answersFor('U9')).length).toBe(1);
  });

  it('refuses a bad time or time zone with the accepted format', async () => {
    const { quiz } = await service();
    const base = { platform: 'slack', channel: 'C1', reference: null, weekdaysOnly: false };
    await expect(
      quiz.subscribe({ ...base, time: '25:00', zone: 'America/Los_Angeles' }, new Date()),
    ).rejects.toThrow(/HH:MM.*quiz subscribe 09:00 America\/Los_Angeles/);
    await expect(
      quiz.subscribe({ ...base, time: '09:00', zone: 'Mars/Olympus' }, new Date()),
    ).rejects.toThrow(/IANA/);
    await quiz.subscribe({ ...base, time: '09:00', zone: 'America/New_York' }, new Date());
  });

  it('lists only the people who opted in on the leaderboard', async () => {
    const { quiz, store } = await service();
    await store.setLeaderboard('slack:C1', 'U1', true);
    expect((await quiz.leaderboard('slack', 'C1')).map((r) => r.userId)).toEqual(['U1']);
  });
});

describe('npm run quiz', () => {
  it('deals a question, grades an answer and shows the explanation and streak', () => {
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-quiz-')), 'q.sqlite');
    const r = spawnSync('npm', ['run', '--silent', 'quiz'], {
      cwd: repoRoot,
      input: 'x\n1\nstats\nq\n',
      encoding: 'utf8',
      env: { ...process.env, SQLITE_PATH: sqlitePath },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ {2}A\. .+\n {2}B\. .+\n {2}C\. .+\n {2}D\. /);
    expect(r.stdout).toMatch(/Answer with 1, 2, 3, 4 or A, B, C, D/);
    expect(r.stdout).toMatch(/(Correct!|Not quite: the answer is [ABCD])/);
    expect(r.stdout).toMatch(/Source: .+, .+/);
    expect(r.stdout).toMatch(/Streak: \d+ days? in a row/);
    expect(r.stdout).toMatch(/\d+ of 1 correct/);
  });

  it('names the database when it cannot open it', () => {
    // A plain file where a folder should be: the database cannot be created there.
    const notADir = join(mkdtempSync(join(tmpdir(), 'bb-quiz-')), 'file');
    writeFileSync(notADir, 'x');
    const r = spawnSync('npm', ['run', '--silent', 'quiz'], {
      cwd: repoRoot,
      input: 'q\n',
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, SQLITE_PATH: join(notADir, 'q.sqlite') },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Cannot open the SQLite database at .*file\/q\.sqlite/);
  });
});
