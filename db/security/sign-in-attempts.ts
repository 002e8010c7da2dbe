import { execute, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';

/*
 * Five failed sign-ins in a row for one name make every further attempt wait: 30 s after the
 * fifth, doubling with each further failure, at most 15 minutes. Kept in the database (local,
 * not synced) so that restarting the app or running the CLI again does not reset the count.
 * A name that does not exist is counted the same, so the delay does not reveal who exists.
 * Unlocking an encrypted database at start follows the same rule before the database is open,
 * with its count in a file beside it (database-keys/unlock-attempts.ts).
 */
const freeAttempts = 5;
const firstDelayMs = 30_000;
const longestDelayMs = 15 * 60_000;

/** The same person however the name is typed: case, spacing and diacritics ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('cs')
    .replace(/\s+/g, ' ')
    .trim();
}

export function delayAfter(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(longestDelayMs, firstDelayMs * 2 ** (failures - freeAttempts));
}

/** Milliseconds until `name` may try again (0: now). */
export function waitBeforeAttempt(store: Store, name: string): number {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('sign_in_failures')
      .select(['failures', 'last_at'])
      .where('name_key', '=', nameKey(name)),
  );
  if (!row) return 0;
  return Math.max(0, row.last_at + delayAfter(row.failures) - store.now());
}

export function recordFailure(store: Store, name: string): void {
  execute(
    store,
    store.db
      .insertInto('sign_in_failures')
      .values({ name_key: nameKey(name), failures: 1, last_at: store.now() })
      .onConflict((conflict) =>
        conflict.column('name_key').doUpdateSet((eb) => ({
          failures: eb('sign_in_failures.failures', '+', 1),
          last_at: eb.ref('excluded.last_at'),
        })),
      ),
  );
}

export function clearFailures(store: Store, name: string): void {
  execute(store, store.db.deleteFrom('sign_in_failures').where('name_key', '=', nameKey(name)));
}
