// The `ask` contract (shared/design.md), run exactly as outside tools run it.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { askLines, askRecord } from '../../src/cli/ask-output.ts';
import { loadConfig, repoRoot } from '../../src/config.ts';
import type { Guidance } from '../../src/core/guidance.ts';
import { NO_ANSWER, WHICH_FITS } from '../../src/core/render-text.ts';
import { kb } from '../helpers.ts';
import { TWO_TOPIC_QUESTION } from '../support/two-topics.ts';
import { MISS_QUESTION, UNSURE_IDS, UNSURE_QUESTION, unsureKb } from '../support/unsure-kb.ts';

const FIELDS = ['query', 'topic', 'confidence', 'alternatives', 'safety', 'phi', 'text'];

function ask(args: string[], input?: string) {
  const r = spawnSync('npm', ['run', '--silent', 'ask', '--', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ask', () => {
  it('--json prints one JSON object on one line with the contract fields in order', () => {
    const r = ask(['--json', 'can I accept a gift card from a client']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0] as string);
    expect(Object.keys(o).slice(0, FIELDS.length)).toEqual(FIELDS);
    expect(o.query).toBe('can I accept a gift card from a client');
    expect(o.topic).toBe('gifts');
    expect(o.confidence).toBeGreaterThan(0);
    expect(o.confidence).toBeLessThanOrEqual(1);
    expect(o.alternatives.length).toBeLessThanOrEqual(3);
    expect(o.alternatives).not.toContain('gifts');
    expect(o.safety).toBeNull();
    expect(o.phi).toBe(false);
    expect(o.text).toMatch(/Sources:/);
  });

  it('--json gives safety "possible" and the one line on top for a danger told as a hypothetical', () => {
    const r = ask([
      '--json',
      'hypothetically, if a client says she has a gun at home, do i report it?',
    ]);
    const o = JSON.parse(r.stdout.trim());
    expect(o.safety).toBe('possible');
    expect(o.text).toMatch(/^! If anyone may be in danger now: call 911, call or text 988/);
    expect(o.topic).not.toBeNull();
  });

  it('--explain shows the safety concepts and the rule that decided', () => {
    const r = ask(['--explain', 'client is on the overpass and texted me goodbye']);
    expect(r.stdout).toMatch(/^safety: crisis \(suicide\)/);
    expect(r.stdout).toMatch(/concepts: .*place "overpass"/);
    expect(r.stdout).toMatch(/rules: .*\(crisis suicide\)/);
  });

  it('--json gives `choices`: the top three ids when unsure, none when sure', () => {
    const r = ask(['--jsonl'], `${TWO_TOPIC_QUESTION}\ncan I accept a gift card from a client\n`);
    const [unsure, sure] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(unsure.choices).toHaveLength(3);
    expect(unsure.choices[0]).toBe(unsure.topic);
    expect(unsure.choices).toEqual(expect.arrayContaining(['transportation', 'physical-touch']));
    expect(unsure.text).toContain(`${WHICH_FITS}\n1. `);
    expect(unsure.alternatives).not.toContain(unsure.topic);
    expect(sure.choices).toEqual([]);
  });

  it('a record offers the choices numbered, and an honest miss names SUPERVISOR_CONTACT', () => {
    const bot = createBot(loadConfig({ SUPERVISOR_CONTACT: 'Call Sam at ext. 4100' }), {
      defaultLogLevel: 'silent',
      knowledge: unsureKb,
    });
    const unsure = askRecord(bot, UNSURE_QUESTION);
    expect([...unsure.choices].sort()).toEqual([...UNSURE_IDS].sort());
    expect(unsure.text).toContain(`${WHICH_FITS}\n1. `);
    const miss = askRecord(bot, MISS_QUESTION);
    expect(miss.choices).toEqual([]);
    expect(miss.text.split('\n').slice(0, 3)).toEqual([
      NO_ANSWER,
      expect.stringMatching(/^I cover 4 boundary and ethics topics/),
      'Call Sam at ext. 4100',
    ]);
  });

  it('--json with an out-of-scope question gives topic null and the help text', () => {
    const o = JSON.parse(ask(['--json', 'what is the wifi password']).stdout);
    expect(o.topic).toBeNull();
    expect(o.text).toMatch(/topics/);
  });

  it('without flags prints the reply as a person reads it', () => {
    const r = ask(['my client sent me a friend request on facebook']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/What to do:\n1\. /);
    expect(r.stdout).toMatch(/Reflect: /);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('--jsonl answers every input line in order, including empty and hostile ones', () => {
    const questions = [
      'can I accept a gift card from a client',
      'what is the wifi password',
      '',
      'client friended me on insta',
      '\u0007 \uD800 مرحبا 🙂',
      'x'.repeat(40_000),
    ];
    const r = ask(['--jsonl'], `${questions.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.query)).toEqual(questions.map((q) => q.replace('\uD800', '\uFFFD')));
    expect(out[0].topic).toBe('gifts');
    expect(out[1].topic).toBeNull();
    expect(out[3].topic).toBe('social-media');
    for (const o of out) expect(Object.keys(o).slice(0, FIELDS.length)).toEqual(FIELDS);
  });

  it('--jsonl answers a message holding "constructor" with the crisis protocol and goes on', () => {
    const questions = [
      'I want to kill myself tonight, constructor',
      'constructor __proto__ toString hasOwnProperty',
      'can I accept a gift card from a client',
    ];
    const r = ask(['--jsonl'], `${questions.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.query)).toEqual(questions);
    expect(out[0].safety).toBe('crisis');
    expect(out[0].text).toMatch(/^!! .*\n1\. .*911/);
    expect(out[2].topic).toBe('gifts');
  });

  it('--jsonl gives the fallback reply for a question whose answer fails, then answers the rest', async () => {
    const bot = createBot(loadConfig({}), { defaultLogLevel: 'silent', knowledge: kb });
    const answer = bot.guide.answer;
    vi.spyOn(bot.guide, 'answer').mockImplementation((text, context) => {
      if (text === 'matcher fails') throw new TypeError('x.split is not a function');
      // Rendering fails: a topic without steps.
      if (text === 'rendering fails')
        return { ...answer('gift card'), topic: { steps: null } } as unknown as Guidance;
      return answer(text, context);
    });
    async function* input() {
      yield 'matcher fails';
      yield 'can I accept a gift card from a client';
      yield 'rendering fails';
      yield 'client friended me on insta';
    }
    const written: string[] = [];
    await askLines(bot, input(), (line) => written.push(line));
    expect(written.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const out = written.map((l) => JSON.parse(l));
    expect(out.map((o) => o.query)).toEqual([
      'matcher fails',
      'can I accept a gift card from a client',
      'rendering fails',
      'client friended me on insta',
    ]);
    for (const failed of [out[0], out[2]]) {
      expect(Object.keys(failed).slice(0, FIELDS.length)).toEqual(FIELDS);
      expect(failed).toMatchObject({ topic: null, confidence: null, safety: 'crisis' });
      expect(failed.text).toMatch(/911/);
      expect(failed.text).toMatch(/988/);
      expect(failed.text).toMatch(/supervisor/);
    }
    expect(out[1].topic).toBe('gifts');
    expect(out[3].topic).toBe('social-media');
  });

  it('--jsonl flushes each answer before the next question arrives', async () => {
    const child = spawn('npm', ['run', '--silent', 'ask', '--', '--jsonl'], { cwd: repoRoot });
    const lines = createInterface({ input: child.stdout });
    const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
    child.stdin.write('client offered me a gift\n');
    expect(JSON.parse(await next()).topic).toBe('gifts');
    child.stdin.write('client friended me on facebook\n');
    expect(JSON.parse(await next()).topic).toBe('social-media');
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  it('a malformed knowledge file stops it with file, line and field', () => {
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', 'gift'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: `${repoRoot}test/fixtures/broken-knowledge` },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad-topic\.yaml:\d+ principle: /);
    expect(r.stdout).toBe('');
  });
});
