import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedTables } from '../../db/changes/synced-tables.ts';
import { schemaColumns } from '../../db/schema/schema-columns.ts';
import { openTempStore } from '../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;

/**
 * One source per fact: the real schema after every migration, db/schema.ts (through its run-time
 * list, which the typecheck holds to the interfaces) and the synced tables list name the same
 * tables and columns. A column renamed in a migration but not in schema.ts fails here.
 */
describe('the real schema, schema.ts and the synced tables list', () => {
  let temp: Temp;
  const realColumns = (table: string) =>
    temp.store.sqlite
      .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
      .pluck()
      .all(table) as string[];

  beforeAll(async () => {
    temp = await openTempStore({ withSite: false });
  });
  afterAll(() => temp.close());

  it('schema.ts names every table and view the migrations create, and no other', () => {
    // Kysely's own migration table and the FTS5 index's shadow tables are not the app's.
    const real = temp.store.sqlite
      .prepare(
        `SELECT name FROM sqlite_schema
         WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
           AND name NOT LIKE 'kysely\\_%' ESCAPE '\\'
           AND name NOT IN (SELECT name || '_' || suffix FROM sqlite_schema
             CROSS JOIN (SELECT 'config' AS suffix UNION ALL SELECT 'data'
               UNION ALL SELECT 'docsize' UNION ALL SELECT 'idx' UNION ALL SELECT 'content')
             WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%')`,
      )
      .pluck()
      .all() as string[];
    expect(Object.keys(schemaColumns).sort()).toEqual(real.sort());
  });

  it('schema.ts agrees with the real schema table by table, column by column', () => {
    for (const [table, columns] of Object.entries(schemaColumns)) {
      expect(new Set(columns).size, `${table} lists a column twice`).toBe(columns.length);
      expect([...columns].sort(), table).toEqual(realColumns(table).sort());
    }
  });

  it('every synced table is in schema.ts with the same columns (its id and rowid alias besides)', () => {
    for (const [table, columns] of Object.entries(syncedTables)) {
      const declared: readonly string[] | undefined =
        schemaColumns[table as keyof typeof schemaColumns];
      expect(declared, `${table} in schema.ts`).toBeDefined();
      // An INTEGER PRIMARY KEY is the file's own rowid: local by nature, never synced.
      const rowidAlias = temp.store.sqlite
        .prepare("SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND type = 'INTEGER'")
        .pluck()
        .all(table) as string[];
      expect([...(declared ?? [])].sort(), table).toEqual(
        ['id', ...rowidAlias, ...Object.keys(columns)].sort(),
      );
    }
  });

  it('a synced column is nullable exactly where the real schema allows NULL', () => {
    for (const [table, columns] of Object.entries(syncedTables)) {
      const notNull = new Map(
        (
          temp.store.sqlite
            .prepare('SELECT name, "notnull" AS is_not_null FROM pragma_table_info(?)')
            .all(table) as { name: string; is_not_null: number }[]
        ).map((row) => [row.name, row.is_not_null === 1]),
      );
      for (const [column, type] of Object.entries(columns)) {
        const isNullable = type === 'nullableText' || type === 'nullableInteger' || type === 'any';
        expect(notNull.get(column), `${table}.${column} NOT NULL`).toBe(!isNullable);
      }
    }
  });
});
