// Privacy: nothing the bot logs holds raw message text, identifiers or secrets.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot.ts';
import { type Config, loadConfig, repoRoot } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { EVER } from './support/ever.ts';
import { captureLog } from './support/log-capture.ts';

const IDENTIFIERS = [
  'Maria',
  'Lopez',
  '03/04/1988',
  '91234567A',
  '123-45-6789',
  '010-0123',
  'maria@example.org',
  '1423 Elm',
  'MRN 7654321',
];
const QUESTIONS = [
  'my client Maria Lopez DOB 03/04/1988 offered me a gift card',
  'participant Maria Lopez, CIN 91234567A, SSN 123-45-6789, asked me for a ride',
  'can i text my client at (555) 010-0123 or maria@example.org after hours',
  'my client at 1423 Elm St apt 4 (MRN 7654321) said she wants to kill herself',
];

function bot(logQuestions: Config['logQuestions']) {
  const out = captureLog();
  const config = { ...loadConfig({}), logLevel: 'trace' as const, logQuestions };
  return { bot: createBot(config, { defaultLogLevel: 'info', logDestination: out.stream }), out };
}

describe('logging on the whole answer path', () => {
  it('never writes identifiers, even with redacted questions turned on', () => {
    const { bot: b, out } = bot('redacted');
    for (const q of QUESTIONS) b.answer(q, 'test');
    const log = out.text();
    const lines = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.event === 'answer')).toHaveLength(QUESTIONS.length);
    expect(lines.some((l) => l.safety === 'crisis' && l.level === 40)).toBe(true);
    expect(
      lines.filter((l) => l.event === 'answer').every((l) => typeof l.question === 'string'),
    ).toBe(true);
    expect(log).toMatch(/\[name\]/);
    for (const id of IDENTIFIERS) expect(log).not.toContain(id);
  });

  it('writes no question text at all by default', () => {
    const { bot: b, out } = bot('off');
    for (const q of QUESTIONS) b.answer(q, 'test');
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.event === 'answer').every((l) => !('question' in l))).toBe(true);
    for (const q of QUESTIONS) expect(out.text()).not.toContain(q.slice(0, 20));
  });

  it('censors secrets and tokens wherever they sit', () => {
    const out = captureLog();
    const logger = createLogger('info', out.stream);
    logger.info(
      {
        token: 'xoxb-1111',
        slack: { signingSecret: 'abc123' },
        headers: { authorization: 'Bearer zzz' },
      },
      'x',
    );
    expect(out.text()).not.toMatch(/xoxb-1111|abc123|Bearer zzz/);
    expect(out.text()).toMatch(/\[secret\]/);
  });

  it('npm run ask logs to standard error without identifiers', () => {
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '--jsonl'], {
      cwd: repoRoot,
      input: `${QUESTIONS.join('\n')}\n`,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'trace', LOG_QUESTIONS: 'redacted' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/"event":"answer"/);
    for (const id of IDENTIFIERS) expect(r.stderr).not.toContain(id);
    // The reply itself never echoes them either.
    const replies = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const id of IDENTIFIERS) expect(replies.map((o) => o.text).join('\n')).not.toContain(id);
    expect(replies.every((o) => o.phi === true)).toBe(true);
  });
});

describe('unanswered questions for curators', () => {
  it('are kept only when collection is on, and only redacted', async () => {
    const { openTestStore } = await import('./store/helpers.ts');
    const { store, close } = await openTestStore('sqlite');
    const out = captureLog();
    const q = 'how do i renew the parking permit for Maria Lopez at (555) 010-0123';
    const off = createBot(
      { ...loadConfig({}), collectMisses: false },
      { defaultLogLevel: 'silent', logDestination: out.stream, store },
    );
    off.answer(q, 'test');
    const on = createBot(
      { ...loadConfig({}), collectMisses: true },
      { defaultLogLevel: 'silent', logDestination: out.stream, store },
    );
    on.answer(q, 'test');
    on.answer('can i accept a gift card from a client', 'test'); // answered: not a miss
    await new Promise((resolve) => setTimeout(resolve, 50));
    const misses = (await store.missesBetween(...EVER)).map((miss) => miss.text);
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatch(/\[phone\]/);
    expect(misses[0]).not.toMatch(/010-0123/);
    await close();
  });
});
