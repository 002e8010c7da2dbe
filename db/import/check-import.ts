import type { ImportSourceInput, ImportTableName } from '../contract/legacy-import.ts';
import type { Language } from '../contract/language.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { getThisSite } from '../site/site-queries.ts';
import { prepared, type Store, storeToday } from '../store.ts';
import { attendanceRowChecker, type RefCheck } from './check-attendance.ts';
import { serviceRowChecker, tallyRowChecker } from './check-acts.ts';
import { clientRowChecker } from './check-clients.ts';
import {
  type CheckContext,
  checkColumns,
  requiredValue,
  type RowCursor,
  tableReader,
} from './check-context.ts';
import { type CourseDates, courseRowChecker } from './check-courses.ts';
import { mapHeaders } from './header-mapping.ts';
import { emptyCounts, type ImportPlan } from './import-plan.ts';
import { type JobControl, rowsPerChunk } from './job-control.ts';
import { readLegacyRefs } from './legacy-refs.ts';
import type { FoundProblem, SourceTable } from './source-table.ts';

/** Clients and courses first: the other tables refer to them. */
const tableOrder: ImportTableName[] = ['clients', 'courses', 'services', 'tallies', 'attendance'];

/** Refs a table of these files defines (valid rows or not: one bad row is one problem). */
function refsInFile(source: SourceTable | undefined, mapping: ImportSourceInput['mapping']) {
  const refs = new Set<string>();
  if (!source) return refs;
  const header = mapHeaders(source.table, source.headers, mapping?.[source.table]).ref ?? null;
  const index = header === null ? -1 : source.headers.indexOf(header);
  if (index >= 0) for (const row of source.rows) refs.add((row.cells[index] ?? '').trim());
  return refs;
}

/**
 * A ref check: known when a file of this import defines it, or it was imported before under
 * the same source and its record is still there.
 */
function refCheck(
  context: CheckContext,
  inFile: Set<string>,
  known: Map<string, string>,
  isLive: (rowId: string) => boolean,
  kind: 'client' | 'course',
): RefCheck {
  const liveCache = new Map<string, boolean>();
  return (cursor: RowCursor, column: string) => {
    const ref = requiredValue(cursor, column);
    if (ref === null) return false;
    if (inFile.has(ref)) return true;
    const rowId = known.get(ref);
    const source = context.plan.source;
    if (rowId === undefined) {
      cursor.problem(column, kind === 'client' ? 'unknownClientRef' : 'unknownCourseRef', {
        value: ref,
        source,
      });
      return false;
    }
    let isOk = liveCache.get(rowId);
    if (isOk === undefined) liveCache.set(rowId, (isOk = isLive(rowId)));
    if (!isOk)
      cursor.problem(column, kind === 'client' ? 'clientDeleted' : 'courseDeleted', { value: ref });
    return isOk;
  };
}

/**
 * Checks every row of every table and plans what to write. The dry run and the real import run
 * exactly this; any problem means nothing is written.
 */
export async function checkImport(
  store: Store,
  sources: SourceTable[],
  input: Pick<ImportSourceInput, 'source' | 'mapping'>,
  lang: Language,
  control: JobControl,
): Promise<{ plan: ImportPlan; problems: FoundProblem[] }> {
  const source = input.source.trim();
  const plan: ImportPlan = {
    source,
    known: readLegacyRefs(store, source),
    clients: [],
    courses: [],
    services: [],
    tallies: [],
    attendance: [],
    counts: emptyCounts(),
  };
  const context: CheckContext = {
    store,
    lang,
    today: storeToday(store),
    siteTown: getThisSite(store)!.town,
    plan,
    problems: [],
  };
  const byTable = new Map(sources.map((s) => [s.table, s]));
  const isClientKnown = refCheck(
    context,
    refsInFile(byTable.get('clients'), input.mapping),
    plan.known.client,
    (id) => readClientRow(store, resolveClientId(store, id))?.deleted === 0,
    'client',
  );
  const isCourseKnown = refCheck(
    context,
    refsInFile(byTable.get('courses'), input.mapping),
    plan.known.course,
    (id) =>
      (
        prepared(store, 'SELECT deleted FROM courses WHERE id = ?').get(id) as
          { deleted: number } | undefined
      )?.deleted === 0,
    'course',
  );
  const courseDates: CourseDates = new Map();
  const attendance = attendanceRowChecker(context, isClientKnown, isCourseKnown, courseDates);
  const checkers: Record<ImportTableName, (cursor: RowCursor) => void> = {
    clients: clientRowChecker(context),
    courses: courseRowChecker(context, courseDates),
    services: serviceRowChecker(context, (cursor) => isClientKnown(cursor, 'client_ref')),
    tallies: tallyRowChecker(context),
    attendance: attendance.checkRow,
  };

  const total = sources.reduce((sum, s) => sum + s.rows.length, 0);
  let done = 0;
  for (const table of tableOrder) {
    const file = byTable.get(table);
    if (!file) continue;
    const mapping = mapHeaders(table, file.headers, input.mapping?.[table]);
    if (!checkColumns(context, file, mapping)) continue;
    const reader = tableReader(context, file, mapping);
    for (const row of file.rows) {
      checkers[table](reader.cursor(row));
      if (++done % rowsPerChunk === 0) {
        control.progress('checking', done, total);
        await control.checkpoint();
      }
    }
  }
  attendance.finish();
  control.progress('checking', total, total);
  return { plan, problems: context.problems };
}
