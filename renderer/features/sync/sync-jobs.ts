import type {
  ErrorCode,
  SyncImportResult,
  SyncRunStatus,
  UploadedFile,
} from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

/** How often a running "Synchronizovat" is asked how far it got. */
export const runPollMilliseconds = 300;

/**
 * The code of an import that would delete more than a set share of a table: the person is
 * asked, and on yes the same call goes again with allowMassDelete.
 */
export const massDeleteCode: ErrorCode = 'SYNC_MASS_DELETE';

/** Asks the person whether to go on despite the mass deletion the message describes. */
export type ConfirmMassDelete = (message: string) => Promise<boolean>;

export type ImportOutcome =
  | { status: 'done'; result: SyncImportResult }
  | { status: 'failed'; message: string }
  /** The person declined the mass deletion: nothing was written. */
  | { status: 'declined' };

/** sync.import, asking first when the files would delete many records. */
export async function importSyncFiles(
  files: UploadedFile[],
  isDryRun: boolean,
  confirmMassDelete: ConfirmMassDelete,
): Promise<ImportOutcome> {
  const first = await call('sync.import', { files, isDryRun });
  if (first.ok) return { status: 'done', result: first.value };
  if (first.error.code !== massDeleteCode)
    return { status: 'failed', message: first.error.message };
  if (!(await confirmMassDelete(first.error.message))) return { status: 'declined' };
  const again = await call('sync.import', { files, isDryRun, allowMassDelete: true });
  return again.ok
    ? { status: 'done', result: again.value }
    : { status: 'failed', message: again.error.message };
}

export interface FollowOptions {
  onStatus: (status: SyncRunStatus) => void;
  /** False once the screen has started another run or gone: the loop stops quietly. */
  isCurrent: () => boolean;
  wait?: (milliseconds: number) => Promise<void>;
}

export type FollowOutcome =
  | { status: 'ended'; run: SyncRunStatus }
  | { status: 'failed'; message: string }
  | { status: 'superseded' };

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Polls sync.runStatus every 300 ms until the run is no longer running. */
export async function followSyncRun(jobId: string, options: FollowOptions): Promise<FollowOutcome> {
  const pause = options.wait ?? wait;
  for (;;) {
    const result = await call('sync.runStatus', { jobId });
    if (!options.isCurrent()) return { status: 'superseded' };
    if (!result.ok) return { status: 'failed', message: result.error.message };
    options.onStatus(result.value);
    if (result.value.state !== 'running') return { status: 'ended', run: result.value };
    await pause(runPollMilliseconds);
    if (!options.isCurrent()) return { status: 'superseded' };
  }
}

/** A run that stopped on the mass-deletion check, to be asked about and started again. */
export function isMassDeleteStop(run: SyncRunStatus): boolean {
  return run.state === 'failed' && run.error?.code === massDeleteCode;
}

export interface RunOptions extends FollowOptions {
  confirmMassDelete: ConfirmMassDelete;
  /** The job being followed, so that "Zrušit" can name it. */
  onJob: (jobId: string) => void;
}

/**
 * "Synchronizovat" from start to end: sync.run, then followSyncRun. A run stopped by the
 * mass-deletion check is asked about; on yes it starts again with allowMassDelete (files read
 * before the stop stay read, so the second run picks up where the first stopped).
 */
export async function runSync(options: RunOptions): Promise<FollowOutcome> {
  let allowMassDelete = false;
  for (;;) {
    const started = await call('sync.run', { allowMassDelete });
    if (!options.isCurrent()) return { status: 'superseded' };
    if (!started.ok) return { status: 'failed', message: started.error.message };
    options.onJob(started.value.jobId);
    const outcome = await followSyncRun(started.value.jobId, options);
    if (outcome.status !== 'ended' || allowMassDelete || !isMassDeleteStop(outcome.run)) {
      return outcome;
    }
    const isConfirmed = await options.confirmMassDelete(outcome.run.error?.message ?? '');
    if (!options.isCurrent()) return { status: 'superseded' };
    if (!isConfirmed) return outcome;
    allowMassDelete = true;
  }
}
