import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;

/** Migration 2026_11_24_1200_report_indexes: what a report reads comes from indexes alone. */
describe('the report indexes', () => {
  let temp: Temp;
  beforeAll(async () => {
    temp = await openTempStore();
  });
  afterAll(() => temp.close());

  it('serve every source of the period’s acts from a covering index by date', () => {
    const plan = (
      temp.store.sqlite
        .prepare(
          `EXPLAIN QUERY PLAN SELECT x.client_id, x.source_id, x.type, x.town, x.course_kind
           FROM all_acts x WHERE x.date BETWEEN ? AND ?`,
        )
        .all('2025-01-01', '2025-12-31') as { detail: string }[]
    ).map((row) => row.detail);
    for (const index of [
      'service_acts_in_period',
      'lessons_held',
      'attendance_attended',
      'loans_in_period',
    ]) {
      expect(plan, index).toContainEqual(expect.stringContaining(`COVERING INDEX ${index}`));
    }
  });

  it('name the course of an attended lesson in the act view', () => {
    const columns = temp.store.sqlite.prepare('SELECT * FROM all_acts LIMIT 0').columns();
    expect(columns.map((column) => column.name)).toEqual([
      'source',
      'source_id',
      'client_id',
      'type',
      'date',
      'town',
      'course_id',
      'course_kind',
    ]);
  });
});
