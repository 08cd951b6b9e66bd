// A fresh store for each test: a temporary SQLite file, or its own schema on the PostgreSQL
// at TEST_DATABASE_URL (default: the local server CI starts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createStore, type Store } from '../../src/store/store.ts';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const KINDS = ['sqlite', 'postgres'] as const;
export type Kind = (typeof KINDS)[number];

/** Where a test store lives; open it as often as needed (several "instances"). */
export async function testLocation(kind: Kind) {
  if (kind === 'sqlite') {
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'bb-store-')), 'bot.sqlite');
    return { location: { sqlitePath }, drop: async () => {} };
  }
  // A database of its own (not a schema: Kysely looks for its migration tables in any schema).
  const name = `bb_test_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    location: { databaseUrl: url.toString(), sqlitePath: '' },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

export async function openTestStore(
  kind: Kind,
): Promise<{ store: Store; close: () => Promise<void> }> {
  const { location, drop } = await testLocation(kind);
  const store = await createStore(location);
  return {
    store,
    close: async () => {
      await store.close();
      await drop();
    },
  };
}
