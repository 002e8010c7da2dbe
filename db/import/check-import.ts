import type {
  ImportCounts,
  ImportSourceInput,
  ImportTableName,
} from '../contract/legacy-import.ts';
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
  type DefinedRefs,
  requiredValue,
  type RowCursor,
  tableReader,
} from './check-context.ts';
import { type CourseDates, courseRowChecker } from './check-courses.ts';
import { DigestMap } from './digest-map.ts';
import { mapHeaders } from './header-mapping.ts';
import { countOnly, emptyCounts, type EnrolmentStarts, type PlanSink } from './import-plan.ts';
import { type JobControl, rowsPerChunk } from './job-control.ts';
import { knownRefs, type LegacyKind } from '../legacy-refs/legacy-refs.ts';
import type { ProblemSink, SourceTable } from './source-table.ts';

/** Clients and courses first: the other tables refer to them. */
const tableOrder: ImportTableName[] = ['clients', 'courses', 'services', 'tallies', 'attendance'];

/**
 * A ref check: known when a file of this import defines it, or it was imported before under
 * the same source and its record is still there.
 */
function refCheck(
  context: CheckContext,
  inFile: DefinedRefs,
  isLive: (rowId: string) => boolean,
  kind: 'client' | 'course',
): RefCheck {
  // Records imported before, by id: 2 when still there, 1 when deleted.
  const liveCache = new DigestMap();
  return (cursor: RowCursor, column: string) => {
    const ref = requiredValue(cursor, column);
    if (ref === null) return false;
    if (inFile.has(ref)) return true;
    const rowId = context.known(kind, ref);
    if (rowId === undefined) {
      cursor.problem(column, kind === 'client' ? 'unknownClientRef' : 'unknownCourseRef', {
        value: ref,
        source: context.source,
      });
      return false;
    }
    let isOk = liveCache.get(rowId) === 2;
    if (!liveCache.has(rowId)) {
      isOk = isLive(rowId);
      liveCache.set(rowId, isOk ? 2 : 1);
    }
    if (!isOk)
      cursor.problem(column, kind === 'client' ? 'clientDeleted' : 'courseDeleted', { value: ref });
    return isOk;
  };
}

/** One pass over the files: where its accepted rows and problems go, and what runs between. */
export interface ImportPass {
  sink: PlanSink;
  problems: ProblemSink;
  enrolmentStarts: EnrolmentStarts;
  /** Runs after every row; a chunk's end is where the job reports progress and can stop. */
  afterRow(): Promise<void>;
  /**
   * Refs the write pass has itself written by now: still not "imported before", so that its
   * checks decide every row as the check pass did.
   */
  isOwnRef?(kind: LegacyKind, ref: string): boolean;
}

/**
 * Reads every row of every table once, in the order the checks need (a file's refs before
 * the rows that refer to them), and checks it. The check pass and the write pass both run
 * this, so what is written is exactly what was checked.
 */
export async function runImportPass(
  store: Store,
  sources: SourceTable[],
  input: Pick<ImportSourceInput, 'source' | 'mapping'>,
  lang: Language,
  pass: ImportPass,
): Promise<ImportCounts> {
  const source = input.source.trim();
  const lookUp = knownRefs(store, source);
  const { isOwnRef } = pass;
  const context: CheckContext = {
    store,
    lang,
    today: storeToday(store),
    siteTown: getThisSite(store)!.town,
    source,
    known: isOwnRef ? (kind, ref) => (isOwnRef(kind, ref) ? undefined : lookUp(kind, ref)) : lookUp,
    counts: emptyCounts(),
    sink: pass.sink,
    problems: pass.problems,
  };
  const defined: Record<'clients' | 'courses', DefinedRefs> = {
    clients: new DigestMap(),
    courses: new DigestMap(),
  };
  const isClientKnown = refCheck(
    context,
    defined.clients,
    (id) => readClientRow(store, resolveClientId(store, id))?.deleted === 0,
    'client',
  );
  // raw SQL: runs once per imported row naming a course; Kysely would add ~4.6 µs a call (bench query-builder)
  const isCourseKnown = refCheck(
    context,
    defined.courses,
    (id) =>
      (
        prepared(store, 'SELECT deleted FROM courses WHERE id = ?').get(id) as
          { deleted: number } | undefined
      )?.deleted === 0,
    'course',
  );
  const courseDates: CourseDates = new Map();
  const checkers: Record<ImportTableName, (cursor: RowCursor) => void> = {
    clients: clientRowChecker(context, defined.clients),
    courses: courseRowChecker(context, defined.courses, courseDates),
    services: serviceRowChecker(context, (cursor) => isClientKnown(cursor, 'client_ref')),
    tallies: tallyRowChecker(context),
    attendance: attendanceRowChecker(
      context,
      isClientKnown,
      isCourseKnown,
      courseDates,
      pass.enrolmentStarts,
    ),
  };

  const byTable = new Map(sources.map((s) => [s.table, s]));
  for (const table of tableOrder) {
    const file = byTable.get(table);
    if (!file) continue;
    const mapping = mapHeaders(table, file.headers, input.mapping?.[table]);
    const reader = tableReader(context, file, mapping);
    let check = checkers[table];
    if (!checkColumns(context, file, mapping)) {
      // Rows that cannot be checked still define their refs: a client file missing a column
      // is one problem, not one more for every act of its clients.
      if (table !== 'clients' && table !== 'courses') continue;
      const refs = defined[table];
      check = (cursor) => {
        const ref = cursor.value('ref');
        if (ref !== '' && !refs.has(ref)) refs.set(ref, cursor.row.line);
      };
    }
    for await (const row of file.rows()) {
      check(reader.cursor(row));
      await pass.afterRow();
    }
  }
  return context.counts;
}

export interface CheckedImport {
  counts: ImportCounts;
  enrolmentStarts: EnrolmentStarts;
}

/**
 * The check pass: every row checked, nothing kept of it but what later rows and the write
 * need (refs, enrolment starts), the rows to write counted. The dry run stops here; any
 * problem means nothing is written.
 */
export async function checkImport(
  store: Store,
  sources: SourceTable[],
  input: Pick<ImportSourceInput, 'source' | 'mapping'>,
  lang: Language,
  control: JobControl,
  problems: ProblemSink,
): Promise<CheckedImport> {
  const total = sources.reduce((sum, s) => sum + s.rowCount, 0);
  let done = 0;
  const enrolmentStarts: EnrolmentStarts = new Map();
  const counts = await runImportPass(store, sources, input, lang, {
    sink: countOnly,
    problems,
    enrolmentStarts,
    async afterRow() {
      if (++done % rowsPerChunk !== 0) return;
      control.progress('checking', done, total);
      await control.checkpoint();
    },
  });
  control.progress('checking', total, total);
  return { counts, enrolmentStarts };
}
