import type { ChangedAct } from '../contract/report-submissions.ts';
import { sql } from 'kysely';
import { execute, selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import type { PeriodActTables } from '../summaries/period-acts.ts';

/**
 * The acts that count differently now than when a period was submitted: compares the period's
 * current acts (`temp.report_acts`, see withPeriodActs) with the act list stored at submission.
 * Whatever the cause — an edit, a deletion, a merge of two clients, a late file from a branch —
 * it shows here as an act added, removed, or counted for another person, type, date or town.
 */
function changedActs(store: Store, submissionId: string) {
  const db = store.db.withTables<PeriodActTables>();
  const nothing = sql<string | null>`NULL`;
  const added = db
    .selectFrom('report_acts as a')
    .select([
      sql<ChangedAct['change']>`'added'`.as('change'),
      'a.source',
      'a.source_id',
      'a.person',
      sql<string | null>`a.type`.as('now_type'),
      sql<string | null>`a.date`.as('now_date'),
      sql<string | null>`a.town`.as('now_town'),
      sql<string | null>`a.nationality`.as('now_nationality'),
      nothing.as('before_type'),
      nothing.as('before_date'),
      nothing.as('before_town'),
      nothing.as('before_nationality'),
    ])
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('report_submission_acts as s')
            .select('s.source')
            .where('s.submission_id', '=', submissionId)
            .whereRef('s.source', '=', 'a.source')
            .whereRef('s.source_id', '=', 'a.source_id'),
        ),
      ),
    );
  const removed = db
    .selectFrom('report_submission_acts as s')
    .select([
      sql<ChangedAct['change']>`'removed'`.as('change'),
      's.source',
      's.source_id',
      's.person',
      nothing.as('now_type'),
      nothing.as('now_date'),
      nothing.as('now_town'),
      nothing.as('now_nationality'),
      's.type as before_type',
      's.date as before_date',
      's.town as before_town',
      's.nationality as before_nationality',
    ])
    .where('s.submission_id', '=', submissionId)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('report_acts as a')
            .select('a.source')
            .whereRef('a.source', '=', 's.source')
            .whereRef('a.source_id', '=', 's.source_id'),
        ),
      ),
    );
  const changed = db
    .selectFrom('report_acts as a')
    .innerJoin('report_submission_acts as s', (join) =>
      join
        .on('s.submission_id', '=', submissionId)
        .onRef('s.source', '=', 'a.source')
        .onRef('s.source_id', '=', 'a.source_id'),
    )
    .select([
      sql<ChangedAct['change']>`'changed'`.as('change'),
      'a.source',
      'a.source_id',
      'a.person',
      'a.type as now_type',
      'a.date as now_date',
      'a.town as now_town',
      'a.nationality as now_nationality',
      's.type as before_type',
      's.date as before_date',
      's.town as before_town',
      's.nationality as before_nationality',
    ])
    .where((eb) =>
      eb.or(
        (['person', 'type', 'date', 'town', 'nationality'] as const).map((column) =>
          eb(`a.${column}`, 'is not', eb.ref(`s.${column}`)),
        ),
      ),
    );
  return added.unionAll(removed).unionAll(changed);
}

/** The acts' lookups by key: the temp table has no index of its own (created in temp with it). */
function indexCurrentActs(store: Store): void {
  execute(
    store,
    store.db.schema
      .createIndex('report_acts_by_key')
      .ifNotExists()
      .on('report_acts')
      .columns(['source', 'source_id']),
  );
}

export function countChangedActs(store: Store, submissionId: string): number {
  indexCurrentActs(store);
  const row = selectFirst(
    store,
    store.db
      .selectFrom(changedActs(store, submissionId).as('x'))
      .select((eb) => eb.fn.countAll<number>().as('total')),
  );
  return row?.total ?? 0;
}

/** The first `limit` changed acts by date, with the name of the person each counts for. */
export function listChangedActs(store: Store, submissionId: string, limit: number): ChangedAct[] {
  indexCurrentActs(store);
  const rows = selectAll(
    store,
    store.db
      .selectFrom(changedActs(store, submissionId).as('x'))
      .leftJoin('clients as c', 'c.id', 'x.person')
      .selectAll('x')
      .select(
        sql<string | null>`CASE WHEN c.is_pseudonymous = 1 THEN c.nickname
          ELSE trim(c.family_name || ' ' || c.given_names) END`.as('client_name'),
      )
      .orderBy(sql`coalesce(x.now_date, x.before_date)`)
      .orderBy('x.change')
      .orderBy('x.source_id')
      .limit(limit),
  );
  return rows.map((row) => ({
    change: row.change,
    source: row.source,
    sourceId: row.source_id,
    clientId: row.person,
    clientName: row.client_name ?? '',
    now:
      row.now_type === null
        ? null
        : {
            type: row.now_type,
            date: row.now_date ?? '',
            town: row.now_town ?? '',
            nationality: row.now_nationality ?? '',
          },
    before:
      row.before_type === null
        ? null
        : {
            type: row.before_type,
            date: row.before_date ?? '',
            town: row.before_town ?? '',
            nationality: row.before_nationality ?? '',
          },
  }));
}
