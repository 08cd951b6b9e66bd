// Open the database: PostgreSQL when DATABASE_URL is set, else SQLite in a file (created on
// first start). Migrations run here. Errors name the database and what to check.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { errorText } from '../error-text.ts';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';
import { cachingStatements } from './statement-cache.ts';

export interface StoreLocation {
  /** postgres://... ; when set, the SQLite path is not used. */
  databaseUrl?: string | undefined;
  /** SQLite file, e.g. ./data/boundary-bot.sqlite. */
  sqlitePath: string;
}

export type Dialect = 'postgres' | 'sqlite';

export async function openDatabase(
  where: StoreLocation,
): Promise<{ db: Kysely<Database>; dialect: Dialect }> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let name: string;
  if (where.databaseUrl) {
    dialect = 'postgres';
    name = where.databaseUrl.replace(/\/\/[^@/]*@/, '//***@'); // never print a password
    // Each driver is loaded only when used: pg alone is ~10 MB resident in an SQLite install.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: where.databaseUrl, max: 5 });
    // An idle connection the server drops (restart, failover) must not crash the process:
    // the pool replaces it, and the next query reports any real outage.
    pool.on('error', () => {});
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    name = resolve(where.sqlitePath);
    const { default: SQLite } = await import('better-sqlite3');
    let file: SQLite.Database;
    try {
      mkdirSync(dirname(name), { recursive: true });
      file = new SQLite(name, { timeout: 5_000 });
      file.pragma('journal_mode = WAL');
      // Safe with WAL (no corruption on a crash; a power cut may lose the last commits), and it
      // spares an fsync on every small write such as counting a question.
      file.pragma('synchronous = NORMAL');
      file.pragma('busy_timeout = 5000');
      file.prepare('select count(*) from sqlite_master').get();
    } catch (error) {
      throw new Error(
        `Cannot open the SQLite database at ${name}: ${errorText(error)}. Check that it is a boundary-bot database, not locked by another program, and writable.`,
      );
    }
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingStatements(file) }),
    });
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new Error(`Cannot prepare the ${dialect} database at ${name}: ${errorText(error)}`);
  }
  return { db, dialect };
}

/**
 * Apply the migrations. When two instances start together, the one that loses the race to
 * create a table (or Kysely's own lock table) waits and tries again: by then the migration is
 * recorded as done and is skipped.
 */
async function migrate(db: Kysely<Database>, attempts = 6): Promise<void> {
  for (let i = 1; ; i++) {
    const { error, results } = await new Migrator({ db, provider: migrations }).migrateToLatest();
    if (!error) return;
    if (i >= attempts) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      throw new Error(`migration ${failed ?? ''} failed: ${errorText(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * i));
  }
}
