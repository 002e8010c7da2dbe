import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { runWrite, writeRow } from '../../../db/changes/index.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { courseKinds, serviceTypeOfCourseKind } from '../../../db/contract/courses.ts';
import { createStore } from '../../../db/store.ts';
import { attendedCourse } from '../../helpers/course-acts.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { apiCalls } from '../../helpers/temp-api.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migration 2026_12_05_0100_course_service_type on a file of the release before it: all_acts
 * gives the very rows it gave with the CASE of the earlier migrations (a kind it does not know
 * included), now with the rule written out in the migration.
 */
describe('the course service type migration', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('keeps every act of the view and takes the service type from the one rule', async () => {
    const file = join(temp.dir, 'old.sqlite');
    await createDatabaseAtVersion(
      file,
      migrationNames.indexOf('2026_12_05_0100_course_service_type'),
    );
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    try {
      registerSqlFunctions(sqlite);
      configureDatabase(sqlite);
      const store = createStore(sqlite, file, () => Date.UTC(2026, 11, 10, 12));
      const calls = apiCalls(createApi(store));
      const client = await calls.ok('clients.create', {
        familyName: 'Batbayar',
        givenNames: 'Sarnai',
        nationality: 'MN',
        consentDate: '2026-11-01',
      });
      for (const kind of courseKinds) await attendedCourse(calls, kind, client.id);
      // A kind this version does not know, as a row synced from a newer office would carry it.
      const unknownKindCourse = await attendedCourse(calls, 'pc', client.id);
      runWrite(store, null, (w) =>
        writeRow(w, 'courses', unknownKindCourse, { kind: 'language_cafe' }),
      );

      const allActs = () =>
        sqlite.prepare('SELECT * FROM all_acts ORDER BY source, source_id').all() as {
          source: string;
          type: string;
          course_kind: string | null;
        }[];
      const before = allActs();
      expect(before.filter((act) => act.source === 'lesson')).toHaveLength(courseKinds.length + 1);
      expect(before.filter((act) => act.source === 'act').length).toBeGreaterThan(0);

      await migrateToLatest(store);

      const viewSql = sqlite
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'all_acts'")
        .pluck()
        .get() as string;
      expect(viewSql).toMatch(/CASE c\.kind WHEN .+ ELSE 'czech_course' END/);
      const after = allActs();
      expect(after).toEqual(before);
      for (const act of after.filter((row) => row.source === 'lesson')) {
        const kind = act.course_kind as string;
        const expected = Object.hasOwn(serviceTypeOfCourseKind, kind)
          ? serviceTypeOfCourseKind[kind as keyof typeof serviceTypeOfCourseKind]
          : 'czech_course';
        expect(act.type, kind).toBe(expected);
      }
    } finally {
      sqlite.close();
    }
  });
});
