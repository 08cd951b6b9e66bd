// better-sqlite3 for Kysely, with each SQL text prepared once. Kysely prepares every query
// afresh, and on the Slack path (the replay guard, counting questions) preparing cost about as
// much as running. A prepared statement is reused as is: Kysely runs one query at a time on
// the single SQLite connection, and SQLite prepares it again itself if the schema changed.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept; queries are built from a fixed set of shapes, so this is plenty
 * (a query with a variable number of values, such as a batch insert, has one text per size). */
const MAX_STATEMENTS = 500;

export function cachingStatements(file: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = file.prepare(sql);
        statements.set(sql, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
    close() {
      statements.clear();
      file.close();
    },
  };
}
