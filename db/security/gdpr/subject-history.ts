import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { readRowHistory } from '../../changes/index.ts';
import { maskAnonymisedValue } from '../../clients/anonymised-fields.ts';
import { anonymisedRecordIds } from '../../clients/client-history.ts';
import { selectAll } from '../../query.ts';
import type { Store } from '../../store.ts';
import { recordIdsIn } from './record-ids.ts';

/**
 * The person's rows in each synced table, and the name the export gives the table. Deleted
 * rows count too: their operations are still held, and the history says when they went.
 */
const personTables = [
  { table: 'service_acts', kind: 'act' },
  { table: 'loans', kind: 'loan' },
  { table: 'enrolments', kind: 'enrolment' },
  { table: 'attendance', kind: 'attendance' },
] as const;

const kindOfTable: Record<string, string> = {
  clients: 'client',
  ...Object.fromEntries(personTables.map(({ table, kind }) => [table, kind])),
};

/** loaned_on → loanedOn: the JSON's field names are those of the exported records. */
const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Every operation of the change log on the person's rows, oldest first: when, which field,
 * the value, at which site and by whom. A row's creation writes `deleted = 0`, which says
 * nothing to the person and is left out (as in the record's own history).
 */
export function readSubjectHistory(
  store: Store,
  recordIds: string[],
): SubjectAccessData['history'] {
  const rowIds = [
    ...recordIds,
    ...personTables.flatMap(({ table }) =>
      selectAll(
        store,
        store.db
          .selectFrom(table)
          .select('id')
          .where('client_id', 'in', recordIdsIn(store, recordIds)),
      )
        .map((row) => row.id)
        .sort(),
    ),
  ];
  const tables = ['clients', ...personTables.map(({ table }) => table)];
  const anonymised = anonymisedRecordIds(store, recordIds);
  return readRowHistory(store, rowIds, tables, 'asc').map((operation) => {
    const { recordId, table, column, value } = operation;
    // An anonymised record's earlier values are not shown again (client-history.ts), nor
    // the notes of the person's acts, which the anonymisation emptied.
    const masked =
      table === 'clients' && anonymised.has(recordId)
        ? maskAnonymisedValue(column, value)
        : table === 'service_acts' && column === 'note' && anonymised.size > 0
          ? ''
          : value;
    return {
      at: new Date(operation.wall).toISOString(),
      table: kindOfTable[table] ?? table,
      recordId,
      field: camelCase(column),
      value: masked,
      site: operation.siteName,
      author: operation.userName,
    };
  });
}

/** Who created, changed, merged, opened or exported the record at this computer (audit_log). */
export function readSubjectAccess(store: Store, recordIds: string[]): SubjectAccessData['access'] {
  return selectAll(
    store,
    store.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('sites as s', 's.id', 'a.site_id')
      .select(['a.at', 'a.action', 'u.name as user', 's.name as site'])
      .where('a.client_id', 'in', recordIdsIn(store, recordIds))
      .orderBy('a.id'),
  );
}
