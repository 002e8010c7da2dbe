import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { todayIso } from './contract/dates.ts';
import type { DatabaseHealth } from './contract/domain.ts';
import type { Database } from './schema.ts';

/**
 * One open database: the raw handle for synchronous transactions and hot paths, Kysely for
 * typed queries (compiled, then run on the same handle), and this site's identity.
 */
export interface Store {
  sqlite: Sqlite.Database;
  db: Kysely<Database>;
  file: string;
  /** Wall clock in ms; injectable so tests can make it jump. */
  now: () => number;
  statements: Map<string, Sqlite.Statement>;
  /** Set by the integrity check after open (connection/integrity-check.ts). */
  health: DatabaseHealth;
  /**
   * The file's encryption key (SQLite3 Multiple Ciphers), or undefined for a plain file: a
   * backup or a copy is written and verified with the same key.
   */
  key: string | undefined;
}

export function createStore(
  sqlite: Sqlite.Database,
  file: string,
  now = Date.now,
  key?: string,
): Store {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db, file, now, statements: new Map(), health: { state: 'unchecked' }, key };
}

/**
 * A prepared statement, prepared once per store: better-sqlite3 statements are reusable. Every
 * caller of the same SQL shares it, and `.pluck()` is a mode of the statement, not of the call:
 * it is reset here, so one caller's pluck() never turns another's rows into bare values.
 */
export function prepared(store: Store, sql: string): Sqlite.Statement {
  let statement = store.statements.get(sql);
  if (!statement) {
    statement = store.sqlite.prepare(sql);
    store.statements.set(sql, statement);
  }
  return statement.reader ? statement.pluck(false) : statement;
}

/** Today by the store's clock (injectable in tests), as YYYY-MM-DD. */
export function storeToday(store: Store): string {
  return todayIso(new Date(store.now()));
}
