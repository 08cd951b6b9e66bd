// npm run report: the command line, run as a real process on a fresh SQLite file.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function report(args: string[]) {
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-report-')), 'bot.sqlite');
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', SQLITE_PATH: sqlitePath },
    });
    return { code: 0, ...r };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run report', () => {
  it('prints the report as JSON for the days asked', async () => {
    const r = await report(['--from', '2026-11-01', '--to', '2026-11-30', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.range).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(json.questions.total).toBe(0);
  });

  it('says which date is wrong and how to write it', async () => {
    const r = await report(['--from', '2026-11-31']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--from "2026-11-31" is not a date: use YYYY-MM-DD');
    expect(r.stderr).toContain('usage: npm run report');
  });
});
