// npm run kb:lint with an agency overlay, run as a curator runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.ts';

function lint(args: string[], env: Record<string, string> = {}) {
  const { AGENCY_KNOWLEDGE_DIR: _ignored, ...inherited } = process.env;
  const r = spawnSync('npm', ['run', '--silent', 'kb:lint', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixture = join(repoRoot, 'test', 'fixtures', 'agency');

describe('npm run kb:lint with an agency overlay', { timeout: 60_000 }, () => {
  it('--agency lints the overlay and says what it changes', () => {
    const r = lint(['--agency', fixture]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^knowledge OK: /);
    // The quiz cue figures are printed on every run.
    expect(r.stdout).toMatch(/^quiz: key is the longest option in \d+\/\d+ items/m);
    expect(r.stdout).toMatch(/^quiz: key positions A \d+%, B \d+%, C \d+%, D \d+%$/m);
    expect(r.stdout).toContain(
      'changes 2 base topics (gifts, transportation), adds 1 topic (bus-passes), 1 source, 2 crisis contacts, 1 quiz question',
    );
  });

  it('AGENCY_KNOWLEDGE_DIR lints the overlay too; a problem fails with file:line field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agency-lint-'));
    cpSync(fixture, dir, { recursive: true });
    const gifts = join(dir, 'topics', 'gifts.yaml');
    const text = readFileSync(gifts, 'utf8');
    writeFileSync(
      gifts,
      text.replace('keywords:\n  - twenty dollar limit', 'keywords: twenty dollars'),
    );
    const line = text.split('\n').indexOf('keywords:') + 1;
    const r = lint([], { AGENCY_KNOWLEDGE_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/agency overlay OK/);
    expect(r.stderr).toMatch(
      new RegExp(`topics/gifts\\.yaml:${line} keywords: Invalid input: expected array`),
    );
  });

  it('the example overlay for agencies passes', () => {
    const r = lint(['--agency', join(repoRoot, 'examples', 'agency')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/agency overlay OK: .*examples\/agency/);
  });

  it('prints the reading figures per topic; --strict also fails on the known exceptions', () => {
    const r = lint([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^reading \(limits: first screen <= 120 words, principle <= 25 words/m,
    );
    expect(r.stdout).toMatch(/^ {2}gifts +\d+ +\d+ +\d+\.\d +\d+$/m);
    expect(r.stdout).toMatch(/^ {2}average: first screen /m);
    const strict = lint(['--strict']);
    expect(strict.status).not.toBe(2);
    if (/known exceptions/.test(r.stdout)) {
      expect(strict.status).toBe(1);
      expect(strict.stderr).toMatch(/is over the limit of/);
    }
  });

  it('an unknown option is a usage error', () => {
    const r = lint(['--agencyy', fixture]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run kb:lint/);
  });
});

describe('npm run kb:lint judges citations by the sections sources.yaml lists', {
  timeout: 60_000,
}, () => {
  /** A copy of the real knowledge with one topic's first citation replaced. */
  function knowledgeCiting(topic: string, citation: string) {
    const dir = mkdtempSync(join(tmpdir(), 'kb-cite-'));
    cpSync(join(repoRoot, 'knowledge'), dir, { recursive: true });
    const file = join(dir, 'topics', `${topic}.yaml`);
    const text = readFileSync(file, 'utf8');
    const first = /^sources:\n {2}- id: [a-z0-9-]+\n(?: {4}section: .*\n)?/m;
    expect(text).toMatch(first);
    writeFileSync(file, text.replace(first, `sources:\n${citation}`));
    const line = text.split('\n').indexOf('sources:') + 2;
    return { dir, line };
  }

  it('refuses a section the document does not list, naming file, line and the listed sections', () => {
    const { dir, line } = knowledgeCiting(
      'gifts',
      '  - id: georgia-cps-code\n    section: No gifts of significant value\n',
    );
    const r = lint([], { KNOWLEDGE_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `topics/gifts.yaml:${line + 1} sources[0].section: "georgia-cps-code" has no verified sections: cite the whole document`,
    );
    const naps = knowledgeCiting(
      'gifts',
      '  - id: naps-guidelines\n    section: Peer support is respectful\n',
    );
    const refused = lint([], { KNOWLEDGE_DIR: naps.dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `topics/gifts\\.yaml:${naps.line + 1} sources\\[0\\]\\.section: "Peer support is respectful" is not a verified section of "naps-guidelines"; sources\\.yaml lists: .*Peer supporters are respectful`,
      ),
    );
  });

  it('accepts a whole-document citation of a document whose sections are unverified', () => {
    const { dir } = knowledgeCiting('gifts', '  - id: georgia-cps-code\n');
    const r = lint([], { KNOWLEDGE_DIR: dir });
    expect(r.stderr).not.toMatch(/topics\/gifts\.yaml/);
    expect(r.stdout).toMatch(/citations: \d+ \(\d+ to a verified section, \d+ to a whole document/);
  });
});
