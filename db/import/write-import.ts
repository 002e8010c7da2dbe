import type { ImportCounts, ImportSourceInput } from '../contract/legacy-import.ts';
import type { Language } from '../contract/language.ts';
import { beginLongWrite, runWrite } from '../changes/index.ts';
import type { Store } from '../store.ts';
import { type CheckedImport, runImportPass } from './check-import.ts';
import { plannedRows } from './import-plan.ts';
import { importWriter } from './import-writer.ts';
import { type JobControl, rowsPerChunk } from './job-control.ts';
import type { ProblemSink, SourceTable } from './source-table.ts';

/** The write pass reads the rows the check pass accepted: a problem now is a bug, not data. */
const noProblems: ProblemSink = {
  add(problem) {
    throw new Error(`import: a row checked clean now fails (${problem.file}:${problem.line})`);
  },
};

/**
 * The write pass: the files are read and checked again, and each row the checks accept is
 * written as it comes, a chunk of rows per turn of the event loop so that progress can be
 * asked for and the job cancelled. It is all one transaction: any failure or a cancel rolls
 * it all back.
 */
export async function writeImport(
  store: Store,
  userId: string | null,
  sources: SourceTable[],
  input: Pick<ImportSourceInput, 'source' | 'mapping'>,
  lang: Language,
  control: JobControl,
  checked: CheckedImport,
): Promise<ImportCounts> {
  const total = plannedRows(checked.counts);
  // A second import of the same files: nothing to write, no transaction to open.
  if (total === 0) return checked.counts;
  const writer = importWriter(store, userId, input.source.trim(), checked.enrolmentStarts);
  const transaction = beginLongWrite(store);
  try {
    const flush = async () => {
      runWrite(store, userId, (w) => writer.writeChunk(w));
      control.progress('writing', plannedRows(writer.counts), total);
      await control.checkpoint();
    };
    let read = 0;
    const counts = await runImportPass(store, sources, input, lang, {
      sink: writer.sink,
      problems: noProblems,
      enrolmentStarts: checked.enrolmentStarts,
      isOwnRef: writer.isOwnRef,
      async afterRow() {
        read++;
        if (writer.pending() >= rowsPerChunk) await flush();
        // Rows left as they were write nothing, yet the job must still answer meanwhile.
        else if (read % rowsPerChunk === 0) await control.checkpoint();
      },
    });
    if (writer.pending() > 0) await flush();
    transaction.commit();
    return { ...writer.counts, unchanged: counts.unchanged };
  } catch (error) {
    transaction.rollback();
    throw error;
  }
}
