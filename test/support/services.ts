// Services for surface tests: the real knowledge (or one given), a fresh SQLite store, silent logs, a clock
// the test moves and a seeded random. Close it after the test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { seededRandom } from '../../src/core/quiz.ts';
import type { KnowledgeBase } from '../../src/core/types.ts';
import { createServices, type Services } from '../../src/services.ts';
import { createStore } from '../../src/store/store.ts';
import { kb } from '../helpers.ts';

export interface TestServices {
  services: Services;
  /** Lines the logger wrote (JSON), to check that no message text is logged. */
  logs: string[];
  /** Move the clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function createTestServices(
  env: Record<string, string> = {},
  start = new Date('2026-11-23T17:00:00Z'),
  knowledge: KnowledgeBase = kb,
): Promise<TestServices> {
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-surface-')), 'bot.sqlite');
  const config = loadConfig({ SQLITE_PATH: sqlitePath, LOG_LEVEL: 'info', ...env });
  const logs: string[] = [];
  const logDestination = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  let now = start;
  const services = await createServices(config, {
    store: await createStore(config),
    knowledge,
    logDestination,
    now: () => now,
    random: seededRandom(7),
    askFlushMs: 0,
  });
  return {
    services,
    logs,
    setNow(date) {
      now = date;
    },
    close: () => services.store.close(),
  };
}
