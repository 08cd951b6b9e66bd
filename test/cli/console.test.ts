// The terminal console (npm run console): every line gets a reply and the console stays up,
// even when answering one fails.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { type ConsoleSession, consoleReply } from '../../src/cli/console-reply.ts';
import { loadConfig, repoRoot } from '../../src/config.ts';
import { PICK_BY_NUMBER, WHICH_FITS } from '../../src/core/render-text.ts';
import { kb } from '../helpers.ts';
import { UNSURE_QUESTION, unsureKb } from '../support/unsure-kb.ts';

describe('npm run console', () => {
  it('answers a crisis message holding "constructor" with the protocol, then goes on', () => {
    const r = spawnSync('npm', ['run', '--silent', 'console'], {
      cwd: repoRoot,
      input:
        'I want to kill myself tonight, constructor\ncan I accept a gift card from a client\nexit\n',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    const crisis = r.stdout.indexOf('!! ');
    const gifts = r.stdout.indexOf('GIFTS');
    expect(crisis).toBeGreaterThan(0);
    expect(r.stdout.slice(crisis, gifts)).toMatch(/911[\s\S]*988[\s\S]*supervisor/);
    expect(gifts).toBeGreaterThan(crisis);
  });

  it('gives the fallback reply when answering fails, and answers the next line', () => {
    const bot = createBot(loadConfig({}), { defaultLogLevel: 'silent', knowledge: kb });
    const answer = bot.guide.answer;
    vi.spyOn(bot.guide, 'answer').mockImplementation((text, context) => {
      if (text.includes('kill')) throw new TypeError('x.split is not a function');
      return answer(text, context);
    });
    const failed = consoleReply(bot, 'I want to kill myself tonight');
    expect(failed).toMatch(/911/);
    expect(failed).toMatch(/988/);
    expect(failed).toMatch(/supervisor/);
    expect(consoleReply(bot, 'can I accept a gift card from a client')).toMatch(/GIFTS/);
    expect(consoleReply(bot, 'topics')).toMatch(/\(gifts\)/);
    const sources = consoleReply(bot, 'sources');
    expect(sources).toContain(kb.sources.get('medi-cal-pss-code')?.title);
    expect(sources).toMatch(/\(cited by \d+ topics\)/);
  });

  it('offers numbered choices when unsure; typing a number shows that topic', () => {
    const bot = createBot(loadConfig({}), { defaultLogLevel: 'silent', knowledge: unsureKb });
    const session: ConsoleSession = { choices: [] };
    const reply = consoleReply(bot, UNSURE_QUESTION, session);
    expect(reply).toContain(`${WHICH_FITS}\n1. `);
    expect(reply).toContain(PICK_BY_NUMBER);
    const second = session.choices[1];
    expect(second).toBeDefined();
    const picked = consoleReply(bot, ' 2 ', session);
    expect(picked).toContain(second?.title.toUpperCase());
    expect(picked).not.toContain(WHICH_FITS);
    // The number picks only right after the choices were offered.
    expect(consoleReply(bot, '2', session)).not.toContain(second?.title.toUpperCase());
  });
});
