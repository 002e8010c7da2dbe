import type { Compilable } from 'kysely';
import { prepared, type Store } from './store.ts';

/**
 * Kysely builds and types the query; better-sqlite3 runs it synchronously, so that queries can
 * run inside a synchronous write transaction together with the change log.
 */
export function selectAll<R>(store: Store, query: Compilable<R>): R[] {
  const { sql, parameters } = query.compile();
  return prepared(store, sql).all(...(parameters as unknown[])) as R[];
}

export function selectFirst<R>(store: Store, query: Compilable<R>): R | undefined {
  const { sql, parameters } = query.compile();
  return prepared(store, sql).get(...(parameters as unknown[])) as R | undefined;
}

export function execute(store: Store, query: Compilable<unknown>): number {
  const { sql, parameters } = query.compile();
  return prepared(store, sql).run(...(parameters as unknown[])).changes;
}
