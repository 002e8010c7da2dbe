import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localColumns, syncedTables } from '../../../db/changes/synced-tables.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;

/**
 * The list of synced tables and columns is what an import will validate incoming operations
 * against; it must name exactly the columns the real schema has after every migration, or an
 * operation on a real column would be refused (or one on a missing column accepted).
 */
describe('the synced tables list and the real schema', () => {
  let temp: Temp;
  beforeAll(async () => {
    temp = await openTempStore({ withSite: false });
  });
  afterAll(() => temp.close());

  it('agree table by table, column by column', () => {
    for (const [table, columns] of Object.entries(syncedTables)) {
      const real = temp.store.sqlite
        .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
        .pluck()
        .all(table) as string[];
      expect(real.length, `${table} exists`).toBeGreaterThan(0);
      const local = localColumns[table as keyof typeof syncedTables] ?? [];
      expect([...real].sort(), table).toEqual(['id', ...Object.keys(columns), ...local].sort());
    }
  });
});
