import type { ImportCounts, ImportProblem, ImportStatus } from '../contract/legacy-import.ts';
import type { ParsedInput } from '../contract/methods.ts';
import { errorMessage } from '../contract/errors.ts';
import type { Language } from '../contract/language.ts';
import { isPristavError, PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { takeExclusiveUse, waitForExclusiveUse } from '../exclusive-use.ts';
import type { Store } from '../store.ts';
import { checkImport } from './check-import.ts';
import { importMessage } from './import-messages.ts';
import { emptyCounts } from './import-plan.ts';
import { ImportCancelled, type JobControl, nextTurn } from './job-control.ts';
import { readSources } from './read-sources.ts';
import { type FoundProblem, ProblemLog, problemsListed } from './source-table.ts';
import { writeImport } from './write-import.ts';

/** Finished jobs kept for their status, per database. */
const finishedKept = 20;

interface Job {
  status: ImportStatus;
  isCancelRequested: boolean;
  ended: Promise<void>;
}

interface Registry {
  jobs: Map<string, Job>;
  running: Job | null;
}

// Per open database, not per process: tests and windows with other databases never share jobs.
const registries = new WeakMap<Store, Registry>();

function registryOf(store: Store): Registry {
  let registry = registries.get(store);
  if (!registry) {
    registry = { jobs: new Map(), running: null };
    registries.set(store, registry);
  }
  return registry;
}

/** Resolves once no import holds the database (at once when none does). */
export async function waitForImport(store: Store): Promise<void> {
  await waitForExclusiveUse(store);
}

function problemText(problem: FoundProblem): ImportProblem {
  const where = `${problem.file}:${problem.line}:`;
  const text = problem.column
    ? `${where} ${problem.column}: ${problem.message}`
    : `${where} ${problem.message}`;
  return { ...problem, text };
}

function countsText(counts: ImportCounts, lang: Language): string {
  return importMessage('counts', lang, { ...counts });
}

function snapshot(job: Job): ImportStatus {
  const { status } = job;
  return { ...status, counts: { ...status.counts }, problems: [...status.problems] };
}

/**
 * Starts an import and returns at once; the job reads, checks and (unless a dry run) writes in
 * chunks, while import.status reports its progress. One import at a time per database.
 */
export function startImport(
  store: Store,
  userId: string | null,
  input: ParsedInput<'import.start'>,
  lang: Language,
): { jobId: string } {
  const registry = registryOf(store);
  if (registry.running) throw new PristavError('IMPORT_RUNNING');
  const jobId = newId();
  const job: Job = {
    status: {
      jobId,
      state: 'running',
      dryRun: input.dryRun,
      phase: 'reading',
      done: 0,
      total: input.files.length,
      problems: [],
      counts: emptyCounts(),
      message: null,
    },
    isCancelRequested: false,
    ended: Promise.resolve(),
  };
  registry.running = job;
  registry.jobs.set(jobId, job);
  job.ended = runJob(store, userId, input, lang, job).finally(() => {
    registry.running = null;
    const finished = [...registry.jobs.keys()];
    for (const id of finished.slice(0, Math.max(0, finished.length - finishedKept))) {
      registry.jobs.delete(id);
    }
  });
  return { jobId };
}

async function runJob(
  store: Store,
  userId: string | null,
  input: ParsedInput<'import.start'>,
  lang: Language,
  job: Job,
): Promise<void> {
  const { status } = job;
  const control: JobControl = {
    progress(phase, done, total) {
      Object.assign(status, { phase, done, total });
    },
    async checkpoint() {
      await nextTurn();
      if (job.isCancelRequested) throw new ImportCancelled();
    },
  };
  let releaseDatabase = () => {};
  try {
    // The caller gets its job id before any file is decoded.
    await control.checkpoint();
    const total = input.files.length;
    const sources = await readSources(input.files, lang, async (filesRead) => {
      control.progress('reading', filesRead, total);
      await control.checkpoint();
    });
    const problems = new ProblemLog();
    for (const problem of sources.problems) problems.add(problem);
    if (sources.tables.length === 0 && sources.problems.length === 0) {
      const file = input.files[0]!.name;
      problems.add({ file, line: 1, column: '', message: importMessage('noTables', lang) });
    }
    if (!input.dryRun) {
      // From the checks to the commit nobody else uses the database (see db/api.ts): what was
      // checked is what gets written.
      releaseDatabase = await takeExclusiveUse(store);
    }
    const checked = await checkImport(store, sources.tables, input, lang, control, problems);
    if (problems.count > 0) {
      status.problems = problems.listed.map(problemText);
      status.state = 'failed';
      status.message = importMessage(
        problems.count > problemsListed ? 'problemsFoundCut' : 'problemsFound',
        lang,
        { count: problems.count, shown: problemsListed },
      );
    } else if (input.dryRun) {
      status.counts = checked.counts;
      status.state = 'done';
      status.message = importMessage('dryRunDone', lang, {
        counts: countsText(checked.counts, lang),
      });
    } else {
      const tables = sources.tables;
      status.counts = await writeImport(store, userId, tables, input, lang, control, checked);
      status.state = 'done';
      status.message = importMessage('importDone', lang, {
        counts: countsText(status.counts, lang),
      });
    }
  } catch (error) {
    status.counts = emptyCounts();
    if (error instanceof ImportCancelled) {
      status.state = 'cancelled';
      status.message = importMessage('cancelled', lang);
    } else {
      status.state = 'failed';
      status.message = importMessage('failed', lang, { reason: failureReason(error, lang) });
    }
  } finally {
    releaseDatabase();
    status.phase = 'finished';
  }
}

function failureReason(error: unknown, lang: Language): string {
  if (isPristavError(error)) return errorMessage(error.code, lang, error.params);
  // Details may carry personal data: they go to the developer's console only.
  console.error('Přístav: import failed', error instanceof Error ? error.stack : error);
  return errorMessage('INTERNAL', lang);
}

function findJob(store: Store, jobId: string): Job {
  const job = registryOf(store).jobs.get(jobId);
  if (!job) throw new PristavError('NOT_FOUND', { what: jobId });
  return job;
}

export function importStatus(store: Store, jobId: string): ImportStatus {
  return snapshot(findJob(store, jobId));
}

/** Stops a running job at its next chunk (rolling back what it wrote) and waits for it. */
export async function cancelImport(store: Store, jobId: string): Promise<ImportStatus> {
  const job = findJob(store, jobId);
  if (job.status.state === 'running') {
    job.isCancelRequested = true;
    await job.ended;
  }
  return snapshot(job);
}
