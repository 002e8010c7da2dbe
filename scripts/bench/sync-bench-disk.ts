import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Sqlite from 'better-sqlite3-multiple-ciphers';
import {
  decodeKeys,
  decodeRowHeads,
  decodeRowId,
  decodeValue,
  formatHlc,
} from '../../db/changes/index.ts';
import { migrateToLatest } from '../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../db/connection/sql-functions.ts';
import { migrations } from '../../db/migrations/index.ts';
import { createStore } from '../../db/store.ts';

/*
 * The sync benchmark's figures on disk (sync-bench.ts, part 2): bytes per operation of the
 * change log in the layout before the compaction, after the compact_change_log migration
 * converts it, and as today's write path writes it.
 */
const compactMigration = '2026_12_02_1000_compact_change_log';

export function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Bytes of the change log's tables and indexes (dbstat: every page of each B-tree). */
const changeLogTrees = ['ops', 'ops_by_row', 'row_heads'];
function changeLogBytes(sqlite: Sqlite.Database): number {
  return sqlite
    .prepare(
      `SELECT coalesce(sum(pgsize), 0) FROM dbstat('main', 1)
       WHERE name IN (${changeLogTrees.map(() => '?').join(', ')})`,
    )
    .pluck()
    .get(...changeLogTrees) as number;
}

function countOperations(sqlite: Sqlite.Database): number {
  return sqlite.prepare('SELECT count(*) FROM ops').pluck().get() as number;
}

/**
 * The same change log in the layout before the compaction: a database at the migration before
 * compact_change_log, its `ops` and `row_heads` written from the compact ones decoded (UUIDs,
 * names, the text clock, JSON deps and heads — as the old write path stored them). Then that
 * migration converts it, as it converts a user's file. Bytes per operation of both.
 */
export async function beforeAndAfter(
  dir: string,
  compactFile: string,
): Promise<{ operations: number; before: number; after: number; migrationMs: number }> {
  const names = Object.keys(migrations).sort();
  const file = join(dir, 'sync-old-layout.sqlite');
  const sqlite = openCheckedDatabase({ file, mode: 'create' });
  try {
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    const store = createStore(sqlite, file);
    await migrateToLatest(store, { upTo: names[names.indexOf(compactMigration) - 1]! });
    sqlite.prepare('ATTACH DATABASE ? AS src').run(compactFile);
    const uuids = new Map(
      (
        sqlite.prepare('SELECT id, uuid FROM src.op_sites').all() as { id: number; uuid: string }[]
      ).map((row) => [row.id, row.uuid]),
    );
    const fields = new Map(
      (
        sqlite.prepare('SELECT id, table_name, column_name FROM src.op_fields').all() as {
          id: number;
          table_name: string;
          column_name: string;
        }[]
      ).map((row) => [row.id, row]),
    );
    const keysOf = (stored: Uint8Array | null) =>
      decodeKeys(stored).map(([site, counter]) => [uuids.get(site)!, counter]);
    sqlite.function('old_hlc', (wall, counter) =>
      formatHlc({ wall: Number(wall), counter: Number(counter) }),
    );
    sqlite.function('old_row', (row) => decodeRowId(row as Uint8Array | string));
    sqlite.function('old_value', (value) =>
      decodeValue(value as Uint8Array | string | number | null),
    );
    sqlite.function('old_deps', (deps) => JSON.stringify(keysOf(deps as Uint8Array | null)));
    sqlite.function('old_heads_table', (heads) => {
      const [field] = decodeRowHeads(heads as Uint8Array).keys();
      return fields.get(field!)!.table_name;
    });
    sqlite.function('old_heads', (heads) => {
      const entry: Record<string, unknown> = {};
      for (const [field, keys] of decodeRowHeads(heads as Uint8Array)) {
        entry[fields.get(field)!.column_name] = keysOf(keys);
      }
      return JSON.stringify(entry);
    });
    sqlite
      .transaction(() => {
        sqlite.exec(`
          INSERT INTO main.ops (site, counter, hlc, table_name, row_id, column_name, value, deps,
            author)
          SELECT s.uuid, o.counter, old_hlc(o.hlc >> 20, o.hlc & 1048575), f.table_name,
            old_row(o.row), f.column_name, old_value(o.value), old_deps(o.deps), a.uuid
          FROM src.ops o JOIN src.op_sites s ON s.id = o.site JOIN src.op_fields f ON f.id = o.field
          LEFT JOIN src.op_sites a ON a.id = o.author
          ORDER BY s.uuid, o.counter;
          INSERT INTO main.row_heads (table_name, row_id, heads)
          SELECT old_heads_table(heads), old_row(row), old_heads(heads) FROM src.row_heads
          ORDER BY 1, 2;
          INSERT INTO main.version_vector (site, counter)
          SELECT site, counter FROM src.version_vector;`);
      })
      .immediate();
    sqlite.exec('DETACH DATABASE src');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const operations = countOperations(sqlite);
    const before = changeLogBytes(sqlite) / operations;
    const started = performance.now();
    await migrateToLatest(store, { upTo: compactMigration });
    const migrationMs = performance.now() - started;
    if (countOperations(sqlite) !== operations) throw new Error('the migration lost operations');
    const after = changeLogBytes(sqlite) / operations;
    return { operations, before, after, migrationMs };
  } finally {
    sqlite.close();
    removeDatabase(file);
  }
}

/** Bytes per operation of a change log as today's write path wrote it (the filled HQ). */
export function writtenBytesPerOperation(file: string): number {
  const sqlite = openCheckedDatabase({ file, mode: 'open' });
  try {
    return changeLogBytes(sqlite) / countOperations(sqlite);
  } finally {
    sqlite.close();
  }
}
