// With LOG_QUESTIONS=redacted or COLLECT_MISSES=on, question words reach the logs and the
// store. Through the real paths (npm run ask, the bot and the store on SQLite and PostgreSQL),
// no identifier of any format gets there, and words that redaction cannot be sure of are
// replaced by the topic guess.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../src/bot.ts';
import { loadConfig, repoRoot } from '../src/config.ts';
import { createStore } from '../src/store/store.ts';
import { KINDS, testLocation } from './store/helpers.ts';
import { EVER } from './support/ever.ts';
import { captureLog } from './support/log-capture.ts';

// Questions no topic answers (so each is a miss), holding identifiers in the formats that
// used to leak, and the parts that must never be stored or logged.
const MISSES: [string, string[]][] = [
  [
    'Quinn Vale born 14 March 1987, social 612.34.5678, cell +44 20 7946 0958, parking permit',
    ['Quinn', 'Vale', '14 March', '1987', '612.34.5678', '7946 0958'],
  ],
  [
    'parking permit renewal for Darnell Whitaker, ssn 612345678',
    ['Darnell', 'Whitaker', '612345678'],
  ],
  ['parking permit mailed to PO Box 1234, email tanya at example dot org', ['Box 1234', 'tanya']],
  ['parking permit for maria lopez, +52 55 1234 5678', ['maria lopez', '1234 5678']],
];
const SECRETS = MISSES.flatMap(([, s]) => s);

const leaks = (text: string) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

describe('LOG_QUESTIONS=redacted', () => {
  it('npm run ask --jsonl logs no identifier of any format', () => {
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '--jsonl'], {
      cwd: repoRoot,
      input: `${MISSES.map(([q]) => q).join('\n')}\n`,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'info', LOG_QUESTIONS: 'redacted' },
    });
    expect(r.status).toBe(0);
    const lines = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => l.event === 'answer');
    expect(lines).toHaveLength(MISSES.length);
    expect(lines.every((l) => typeof l.question === 'string' && l.phi === true)).toBe(true);
    expect(leaks(r.stderr)).toEqual([]);
  });

  it('keeps only the topic guess when the redacted words still look risky', () => {
    const out = captureLog();
    const config = {
      ...loadConfig({}),
      logLevel: 'info' as const,
      logQuestions: 'redacted' as const,
    };
    const bot = createBot(config, { defaultLogLevel: 'info', logDestination: out.stream });
    // An e-mail in a form no rule knows: nothing says it is one, but it is withheld.
    bot.answer('can i accept a gift card from tanya dot reeves at example', 'test');
    bot.answer('can i accept a gift card from a client', 'test');
    const [risky, clean] = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      // Other lines (the knowledge model trained at start) carry no question.
      .filter((l) => 'question' in l)
      .map((l) => l.question);
    // The guess: the best topic first, then any runners-up offered as choices; never its words.
    expect(risky).toMatch(/^\[question withheld; topic guess: gifts(?:, [a-z-]+)*\]$/);
    expect(clean).toBe('can i accept a gift card from a client');
  });
});

describe.each(KINDS)('COLLECT_MISSES=on, on %s', (kind) => {
  it('stores no identifier of any format, in the table or in its files', async () => {
    const { location, drop } = await testLocation(kind);
    const store = await createStore(location);
    const config = { ...loadConfig({}), collectMisses: true };
    const bot = createBot(config, { defaultLogLevel: 'silent', store });
    for (const [q] of MISSES) expect(bot.answer(q, 'test').kind, q).toBe('no-match');
    // The misses are written in the background: wait until all are in (a busy machine is slow).
    await vi.waitFor(
      async () => expect(await store.missesBetween(...EVER)).toHaveLength(MISSES.length),
      { timeout: 10_000, interval: 50 },
    );
    const misses = (await store.missesBetween(...EVER)).map((miss) => miss.text);
    expect(leaks(misses.join('\n'))).toEqual([]);
    if (kind === 'sqlite') {
      // The write-ahead log holds the rows before a checkpoint; the file after.
      const wal = `${location.sqlitePath}-wal`;
      expect(existsSync(wal)).toBe(true);
      expect(leaks(readFileSync(wal).toString('latin1'))).toEqual([]);
      expect(leaks(readFileSync(wal).toString('utf8'))).toEqual([]);
      await store.close();
      expect(leaks(readFileSync(location.sqlitePath).toString('latin1'))).toEqual([]);
      expect(leaks(readFileSync(location.sqlitePath).toString('utf8'))).toEqual([]);
    } else {
      const c = new pg.Client({ connectionString: location.databaseUrl });
      await c.connect();
      const rows = await c.query('select * from misses');
      await c.end();
      expect(leaks(JSON.stringify(rows.rows))).toEqual([]);
      await store.close();
    }
    await drop();
  });
});
