import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore } from '../../helpers/temp-database.ts';

/**
 * The schema every migration together leaves, as text checked in beside this test: a change to
 * any table, index, view or trigger shows in review as a diff of final-schema.sql. After a new
 * migration, `npm exec -- vitest run -u test/db/migrations/final-schema.test.ts` rewrites it.
 */
describe('the schema after all migrations', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    temp = await openTempStore({ withSite: false });
  });
  afterAll(() => temp.close());

  it('is the one in final-schema.sql', async () => {
    const entries = temp.store.sqlite
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
         ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END,
                  name`,
      )
      .all() as { type: string; name: string; sql: string }[];
    expect(entries.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['table', 'index', 'view', 'trigger']),
    );
    const text = entries.map(
      (entry) => `-- ${entry.type} ${entry.name}\n${normalise(entry.sql)};\n`,
    );
    await expect(text.join('\n')).toMatchFileSnapshot('./final-schema.sql');
  });
});

/**
 * One statement as SQLite stored it, without what only reflects how the migration was typed:
 * each line's indentation and trailing blanks, and blank lines.
 */
function normalise(sql: string): string {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n  ');
}
