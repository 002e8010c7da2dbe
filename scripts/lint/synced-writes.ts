import { syncedTables } from '../../db/changes/index.ts';

/**
 * The write rule (ARCHITECTURE.md, issue 14 point 2): every write to a synced table goes through
 * the change log in the same transaction, so that it travels to the other offices. A write
 * around it would be silently lost at every other site. Used by the lint rule
 * `pristav/synced-writes-through-changes` (test/lint/pristav-rules.test.ts).
 */
const synced = new Set(Object.keys(syncedTables));

/** SQL text that writes a table, with the table's name captured. */
const sqlWrite =
  /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+["`[]?(\w+)/g;

/** Kysely builder calls that write a table. */
export const kyselyWriteMethods = new Set([
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
]);

/** Where code may write a synced table: the one write path and the frozen migrations. */
export const writeRuleAllowed = ['db/changes/', 'db/migrations/'];

export const isSyncedTable = (table: string) => synced.has(table);

/**
 * The synced tables that a piece of SQL text writes: `table — matched text` for each. Only
 * upper-case keywords count, as this codebase writes its SQL, so that prose in a message
 * ("update clients …") is not taken for a statement.
 */
export function syncedWritesInSql(text: string): string[] {
  return [...text.matchAll(sqlWrite)]
    .filter((match) => synced.has(match[1] ?? ''))
    .map((match) => `${match[1]} — ${match[0]}`);
}
