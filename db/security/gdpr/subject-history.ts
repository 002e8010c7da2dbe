import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { decodeRowId, decodeValue, hlcWallSql, rowIdSql } from '../../changes/index.ts';
import { maskAnonymisedValue } from '../../clients/anonymised-fields.ts';
import { anonymisedRecordIds } from '../../clients/client-history.ts';
import { prepared, type Store } from '../../store.ts';

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
  const ids = JSON.stringify(recordIds);
  const rowIds = [
    ...recordIds,
    ...personTables.flatMap(({ table }) =>
      (
        prepared(
          store,
          `SELECT id FROM ${table} WHERE client_id IN (SELECT value FROM json_each(?))`,
        )
          .pluck()
          .all(ids) as string[]
      ).sort(),
    ),
  ];
  const rows = prepared(
    store,
    `SELECT o.row, ${hlcWallSql('o.hlc')} AS wall, f.table_name, f.column_name, o.value,
       u.name AS user_name, s.name AS site_name
     FROM ops o
     JOIN op_fields f ON f.id = o.field
     JOIN op_sites os ON os.id = o.site
     LEFT JOIN op_sites oa ON oa.id = o.author
     LEFT JOIN users u ON u.id = oa.uuid
     LEFT JOIN sites s ON s.id = os.uuid
     WHERE o.row IN (SELECT ${rowIdSql('value')} FROM json_each(?))
       AND f.table_name IN ('clients', ${personTables.map(({ table }) => `'${table}'`).join(', ')})
     ORDER BY o.hlc, os.uuid, o.counter`,
  ).all(JSON.stringify(rowIds)) as {
    row: Uint8Array | string;
    wall: number;
    table_name: string;
    column_name: string;
    value: string | number | Uint8Array | null;
    user_name: string | null;
    site_name: string | null;
  }[];
  const anonymised = anonymisedRecordIds(store, recordIds);
  return rows
    .filter((row) => row.column_name !== 'deleted' || row.value === 1)
    .map((row) => {
      const recordId = decodeRowId(row.row);
      const value = decodeValue(row.value);
      // An anonymised record's earlier values are not shown again (client-history.ts), nor
      // the notes of the person's acts, which the anonymisation emptied.
      const masked =
        row.table_name === 'clients' && anonymised.has(recordId)
          ? maskAnonymisedValue(row.column_name, value)
          : row.table_name === 'service_acts' && row.column_name === 'note' && anonymised.size > 0
            ? ''
            : value;
      return {
        at: new Date(row.wall).toISOString(),
        table: kindOfTable[row.table_name] ?? row.table_name,
        recordId,
        field: camelCase(row.column_name),
        value: masked,
        site: row.site_name,
        author: row.user_name,
      };
    });
}

/** Who created, changed, merged, opened or exported the record at this computer (audit_log). */
export function readSubjectAccess(store: Store, recordIds: string[]): SubjectAccessData['access'] {
  return prepared(
    store,
    `SELECT a.at, a.action, u.name AS user, s.name AS site
     FROM audit_log a
     LEFT JOIN users u ON u.id = a.user_id
     LEFT JOIN sites s ON s.id = a.site_id
     WHERE a.client_id IN (SELECT value FROM json_each(?))
     ORDER BY a.id`,
  ).all(JSON.stringify(recordIds)) as SubjectAccessData['access'];
}
