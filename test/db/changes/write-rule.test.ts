import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../../db/changes/synced-tables.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const synced = new Set(Object.keys(syncedTables));

/**
 * Where code may write a synced table: the change log's one write path, and the frozen
 * migrations (which shape tables before any operation exists). The benchmarks' raw
 * better-sqlite3 baselines write their own copies of the tables on purpose: that is the
 * figure the app is compared with.
 */
const allowed = ['db/changes/', 'db/migrations/', 'scripts/bench/'];

/** SQL text and Kysely builder calls that write a table, with the table's name captured. */
const writePattern =
  /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+["`[]?(\w+)|\.(?:insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(\s*['"`](\w+)/g;

/** Writes to synced tables in one file's source: `table — the matched text`. */
function syncedTableWrites(source: string): string[] {
  return [...source.matchAll(writePattern)]
    .map((match) => ({ table: match[1] ?? match[2] ?? '', text: match[0] }))
    .filter(({ table }) => synced.has(table))
    .map(({ table, text }) => `${table} — ${text}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * ARCHITECTURE.md: every write to a synced table goes through the change log in the same
 * transaction, so that it travels to the other offices. A write around it would be silently
 * lost at every other site: this scan makes the rule a check instead of a convention.
 */
describe('the write rule', () => {
  it('finds a write around the change log in SQL text and in Kysely calls', () => {
    expect(syncedTableWrites("db.prepare('UPDATE clients SET note = ? WHERE id = ?')")).toEqual([
      'clients — UPDATE clients',
    ]);
    expect(syncedTableWrites('`INSERT OR REPLACE INTO loans (id) VALUES (?)`')).toHaveLength(1);
    expect(syncedTableWrites("store.db.deleteFrom('attendance').where('id', '=', id)")).toEqual([
      "attendance — .deleteFrom('attendance",
    ]);
    // Local tables are free to write: the audit log and the summaries never travel.
    expect(syncedTableWrites("'INSERT INTO audit_log (action) VALUES (?)'")).toEqual([]);
  });

  it('holds: nothing outside db/changes and the migrations writes a synced table', () => {
    const files = ['db', 'scripts', 'electron'].flatMap((dir) => sourceFiles(join(root, dir)));
    const offenders = files
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => !allowed.some((prefix) => file.startsWith(prefix)))
      .flatMap((file) =>
        syncedTableWrites(readFileSync(join(root, file), 'utf8')).map((hit) => `${file}: ${hit}`),
      );
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});
