// Hot reload on a temporary copy of the real knowledge and the fixture overlay: edits are
// picked up, a broken edit keeps the last good knowledge and names file:line field.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';
import { createGuide } from '../../src/core/guide.ts';
import type { KnowledgeBase } from '../../src/core/types.ts';
import { watchKnowledge } from '../../src/knowledge/watch.ts';
import { knowledgeDir } from '../helpers.ts';
import { createTestServices } from '../support/services.ts';

const DEBOUNCE = 40;

/** Poll until `check` holds, failing after a deadline (no fixed sleeps). */
async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let root: string;
let baseDir: string;
let agencyDir: string;
let logs: Record<string, unknown>[];
let reloads: KnowledgeBase[];
let watcher: { close(): void };

const logger = () =>
  pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _enc, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );

function edit(path: string, from: string, to: string) {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const events = (name: string) => logs.filter((l) => l.event === name);

/** The knowledge without the matcher's training corpora (knowledge/training, ~9,000 questions):
 * these tests are about watching, not learning, and each reload retrained on the corpora for
 * seconds. The stall test below keeps them: it measures a reload of the real size. */
function copyKnowledge(dest: string): void {
  const training = join(knowledgeDir, 'training');
  cpSync(knowledgeDir, dest, { recursive: true, filter: (src) => !src.startsWith(training) });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kb-watch-'));
  baseDir = join(root, 'knowledge');
  agencyDir = join(root, 'agency');
  copyKnowledge(baseDir);
  cpSync(join(repoRoot, 'test', 'fixtures', 'agency'), agencyDir, { recursive: true });
  logs = [];
  reloads = [];
  watcher = watchKnowledge({
    baseDir,
    agencyDir,
    onReload: (kb) => reloads.push(kb),
    logger: logger(),
    debounceMs: DEBOUNCE,
    minGapMs: 0,
  });
});

afterEach(() => {
  watcher.close();
  rmSync(root, { recursive: true, force: true });
});

describe('watchKnowledge', { timeout: 30_000 }, () => {
  it('reloads base and overlay when a base topic changes, and logs the counts', async () => {
    edit(join(baseDir, 'topics', 'gifts.yaml'), 'title: Gifts, tips and favors', 'title: Gifts');
    await until(() => reloads.length > 0, 'a reload');
    const kb = reloads.at(-1) as KnowledgeBase;
    expect(kb.topicsById.get('gifts')?.title).toBe('Gifts');
    // Still merged with the overlay.
    expect(kb.topicsById.get('gifts')?.agency_policy).toMatch(/\$20/);
    expect(kb.topicsById.has('bus-passes')).toBe(true);
    await until(() => events('knowledge-reloaded').length > 0, 'the reload log');
    expect(events('knowledge-reloaded')[0]).toMatchObject({
      level: 30,
      topics: kb.topics.length,
      sources: kb.sources.size,
      quiz: kb.quiz.length,
      contacts: kb.crisis.contacts.length,
    });
  });

  it('reloads when the overlay changes, also in a folder created while watching', async () => {
    edit(join(agencyDir, 'topics', 'gifts.yaml'), 'up to $20', 'up to $25');
    await until(() => reloads.length > 0, 'a reload');
    expect(reloads.at(-1)?.topicsById.get('gifts')?.agency_policy).toMatch(/\$25/);

    cpSync(join(agencyDir, 'quiz'), join(agencyDir, 'quiz-copy'), { recursive: true });
    rmSync(join(agencyDir, 'quiz'), { recursive: true });
    await until(
      () => reloads.at(-1)?.quiz.some((q) => q.id === 'fixture-gifts-1') === false,
      'quiz gone',
    );
    cpSync(join(agencyDir, 'quiz-copy'), join(agencyDir, 'quiz'), { recursive: true });
    await until(
      () => reloads.at(-1)?.quiz.some((q) => q.id === 'fixture-gifts-1') === true,
      'quiz back',
    );
  });

  it('a broken edit keeps the last good knowledge and logs file:line field; a fix reloads', async () => {
    const gifts = join(agencyDir, 'topics', 'gifts.yaml');
    const good = readFileSync(gifts, 'utf8');
    writeFileSync(gifts, good.replace(/^nuance:\n(?: {2}.*\n)+/m, 'nuance: just a string\n'));
    await until(() => events('knowledge-rejected').length > 0, 'the rejection log');
    expect(reloads).toHaveLength(0);
    const [rejected] = events('knowledge-rejected');
    expect(rejected?.level).toBe(40);
    const line = good.split('\n').findIndex((l) => l.startsWith('nuance:')) + 1;
    expect(rejected?.problems).toEqual([
      expect.stringMatching(new RegExp(`agency/topics/gifts\\.yaml:${line} nuance: `)),
    ]);

    writeFileSync(gifts, good);
    await until(() => reloads.length > 0, 'a reload after the fix');
    expect(reloads[0]?.topicsById.get('gifts')?.nuance).toHaveLength(3);
  });

  it('a YAML syntax error in the base is rejected the same way', async () => {
    edit(join(baseDir, 'sources.yaml'), 'sources:\n', 'sources:\n  - [\n');
    await until(() => events('knowledge-rejected').length > 0, 'the rejection log');
    expect(events('knowledge-rejected')[0]?.problems).toContainEqual(
      expect.stringMatching(/knowledge\/sources\.yaml:\d+ YAML syntax/),
    );
    expect(reloads).toHaveLength(0);
  });

  it('an alias bomb and an oversized file are rejected, each named in the log', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    writeFileSync(join(agencyDir, 'topics', 'bomb.yaml'), `${levels.join('\n')}\n`);
    const big = join(baseDir, 'topics', 'gifts.yaml');
    writeFileSync(big, `${readFileSync(big, 'utf8')}# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    await until(() => events('knowledge-rejected').length > 0, 'the rejection log');
    expect(events('knowledge-rejected')[0]?.problems).toEqual([
      expect.stringMatching(
        /knowledge\/topics\/gifts\.yaml:1 is 5\.0 MB; a knowledge file may be at most 256 KB$/,
      ),
    ]);
    expect(reloads).toHaveLength(0);

    // With the base fixed, the agency's bomb is the one problem left, named.
    edit(big, `# ${'x'.repeat(5 * 1024 * 1024)}\n`, '');
    await until(() => events('knowledge-rejected').length > 1, 'the second rejection log');
    expect(events('knowledge-rejected')[1]?.problems).toEqual([
      expect.stringMatching(/agency\/topics\/bomb\.yaml:1 YAML: too many aliases/),
    ]);
    expect(reloads).toHaveLength(0);
  });

  it('follows atomic saves (temp file renamed over the old one) and later in-place writes', async () => {
    const path = join(agencyDir, 'topics', 'gifts.yaml');
    const policy = () => reloads.at(-1)?.topicsById.get('gifts')?.agency_policy ?? '';
    const atomic = (from: string, to: string) => {
      const tmp = join(agencyDir, 'topics', '.gifts.yaml.tmp');
      writeFileSync(tmp, readFileSync(path, 'utf8').replace(from, to));
      renameSync(tmp, path);
    };
    atomic('$20', '$21');
    await until(() => policy().includes('$21'), '1st atomic save');
    atomic('$21', '$22');
    await until(() => policy().includes('$22'), '2nd atomic save');
    edit(path, '$22', '$23');
    await until(() => policy().includes('$23'), 'in-place write');
  });

  it('an editor temp file or a save without changes reloads nothing', async () => {
    writeFileSync(join(agencyDir, 'topics', '.gifts.yaml.swp'), 'junk: [');
    writeFileSync(join(baseDir, 'topics', 'gifts.yaml~'), 'junk: [');
    const gifts = join(baseDir, 'topics', 'gifts.yaml');
    writeFileSync(gifts, readFileSync(gifts));
    await until(() => events('knowledge-unchanged').length > 0, 'the check');
    expect(reloads).toHaveLength(0);
    expect(events('knowledge-rejected')).toHaveLength(0);
  });

  it('a burst of writes gives one reload with the last content', async () => {
    const path = join(agencyDir, 'topics', 'gifts.yaml');
    for (const n of [21, 22, 23, 24]) edit(path, `$${n - 1}`, `$${n}`);
    await until(() => reloads.length > 0, 'a reload');
    await until(() => events('knowledge-reloaded').length > 0, 'the reload log');
    expect(reloads.at(-1)?.topicsById.get('gifts')?.agency_policy).toMatch(/\$24/);
    expect(reloads.length).toBeLessThanOrEqual(2);
  });

  it('leaves a gap after a reload however fast the files keep changing', async () => {
    watcher.close();
    const at: number[] = [];
    watcher = watchKnowledge({
      baseDir,
      agencyDir,
      onReload: (kb) => {
        at.push(performance.now());
        reloads.push(kb);
      },
      logger: logger(),
      debounceMs: DEBOUNCE,
      minGapMs: 1_500,
    });
    const path = join(agencyDir, 'topics', 'gifts.yaml');
    edit(path, '$20', '$21');
    await until(() => reloads.length === 1, 'the first reload');
    edit(path, '$21', '$22');
    await until(() => reloads.length === 2, 'the second reload');
    expect(reloads[1]?.topicsById.get('gifts')?.agency_policy).toMatch(/\$22/);
    expect((at[1] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(1_500);
  });

  it('changes nothing after close', async () => {
    watcher.close();
    edit(join(baseDir, 'topics', 'gifts.yaml'), 'title: Gifts, tips and favors', 'title: Gifts');
    // A negative can only be shown by waiting: several debounce periods.
    await new Promise((r) => setTimeout(r, DEBOUNCE * 6));
    expect(reloads).toHaveLength(0);
  });
});

it('wired to the bot, a reload changes the next answer', { timeout: 30_000 }, async () => {
  const t = await createTestServices();
  const root2 = mkdtempSync(join(tmpdir(), 'kb-watch-bot-'));
  const dir = join(root2, 'agency');
  cpSync(join(repoRoot, 'test', 'fixtures', 'agency'), dir, { recursive: true });
  copyKnowledge(join(root2, 'knowledge'));
  logs = [];
  const w = watchKnowledge({
    baseDir: join(root2, 'knowledge'),
    agencyDir: dir,
    onReload: (kb) => t.services.bot.replaceKnowledge(kb),
    logger: logger(),
    debounceMs: DEBOUNCE,
  });
  try {
    expect(t.services.bot.guide.topic('bus-passes')).toBeNull();
    edit(join(dir, 'topics', 'bus-passes.yaml'), 'title: Bus passes', 'title: Transit passes');
    await until(() => t.services.bot.guide.topic('bus-passes') !== null, 'the bot to reload');
    expect(t.services.bot.guide.topic('bus-passes')?.title).toBe('Transit passes and incentives');
    expect(t.services.bot.kb.crisis.contacts[0]?.label).toBe('County mobile crisis');
    const g = t.services.bot.answer('my client says he wants to kill himself', 'test');
    expect(g.crisis?.contacts[0]?.label).toBe('County mobile crisis');
  } finally {
    w.close();
    await t.close();
    rmSync(root2, { recursive: true, force: true });
  }
});

// The target is 50 ms, and the bound. The delay monitor also counts time the operating system
// gives the main thread's core to other work (gaps of 10-20 ms while the worker trains on a
// busy 2-core machine, more while other test files run) and full garbage collections of the
// main thread's heap (87-100 ms seen): each case is measured on two reloads and the better one
// must stay under STALL_MS, which absorbs one such spike, while a reload that worked on the main
// thread (0.7-1.2 s before) fails both. With the ~6,000 example and training questions the main
// thread's part (reading the worker's messages, the new guide, the garbage of the old knowledge)
// measured 12-24 ms for most reloads, median 16-29 ms over 12 reloads at load 2.7-3.6 (before
// the word lists were packed and the examples sent as one string: median 53-70 ms); here at load
// 2.5-3.1 the two reloads of each case measured 10-38 ms. One retry: with one reload in 6-12
// over 50 ms on a busy machine, both of a pair go over about once in 50 runs.
const STALL_MS = 50;
it('a reload that retrains never holds the event loop for long (target 50 ms)', {
  timeout: 90_000,
  retry: 1,
}, async () => {
  const t = await createTestServices();
  const root2 = mkdtempSync(join(tmpdir(), 'kb-watch-stall-'));
  const dir = join(root2, 'knowledge');
  cpSync(knowledgeDir, dir, { recursive: true });
  logs = [];
  const bot = t.services.bot;
  const w = watchKnowledge({
    baseDir: dir,
    onReload: (kb, model, index) => bot.replaceKnowledge(kb, model, index),
    currentModel: () => bot.model(),
    logger: logger(),
    debounceMs: DEBOUNCE,
    minGapMs: 0,
  });
  const gifts = join(dir, 'topics', 'gifts.yaml');
  /** The longest event-loop stall (ms) while `from` becomes `to` in gifts.yaml and reloads. */
  const stall = async (from: string, to: string) => {
    const reloads = events('knowledge-reloaded').length;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    try {
      edit(gifts, from, to);
      await until(() => events('knowledge-reloaded').length > reloads, 'a reload');
    } finally {
      delay.disable();
    }
    return delay.max / 1e6;
  };
  try {
    // A title is something the re-ranker learns from: the weights must be trained again.
    const before = bot.model();
    const trained = [
      await stall('title: Gifts, tips and favors', 'title: Gifts'),
      await stall('title: Gifts', 'title: Gifts and tips'),
    ];
    expect(events('knowledge-reloaded').map((l) => l.trained)).toEqual([true, true]);
    expect(bot.guide.topic('gifts')?.title).toBe('Gifts and tips');
    expect(bot.model()?.hash).not.toBe(before?.hash);
    expect(Math.min(...trained), `stalls ${trained.join(', ')} ms`).toBeLessThan(STALL_MS);
    // Built on the worker, it answers like a guide built here.
    const here = createGuide(bot.kb);
    for (const q of ['a client offered me a $20 gift card', 'can I friend a client on facebook'])
      expect(bot.guide.match(q)).toEqual(here.match(q));

    // A change the re-ranker does not learn from keeps the weights in use.
    const weights = bot.model();
    const kept = [
      await stall('title: Gifts and tips', 'title: Gifts and tips\n# a comment'),
      await stall('# a comment', '# another comment'),
    ];
    expect(events('knowledge-reloaded').map((l) => l.trained)).toEqual([true, true, false, false]);
    expect(bot.model()).toBe(weights);
    expect(Math.min(...kept), `stalls ${kept.join(', ')} ms`).toBeLessThan(STALL_MS);
  } finally {
    w.close();
    await t.close();
    rmSync(root2, { recursive: true, force: true });
  }
});
