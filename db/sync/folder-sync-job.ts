import { stat } from 'node:fs/promises';
import type { SyncRunError, SyncRunRecord } from '../contract/sync-run-words.ts';
import type { ExportedSyncFile } from '../contract/sync.ts';
import { isPristavError, PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { type FolderSyncJob, jobsOf } from '../folder-sync-jobs.ts';
import type { Store } from '../store.ts';
import { takeBackup } from '../security/backups/take-backup.ts';
import { exportSyncFile } from './export-file.ts';
import { scanSyncFolder } from './folder/incoming-files.ts';
import { importSyncFile } from './import-file.ts';
import { readSyncFolder } from './local-state.ts';
import { requireMembership, type Membership } from './organisation.ts';
import { exportSummary, isFileImported, isSameAsLastSent } from './peer-state.ts';
import { listSites } from './site-registry.ts';

/**
 * "Synchronizovat": imports every file in the sync folder addressed to this site and not read
 * yet (each all or nothing; a refused file is listed and the others still come in), then
 * writes a file for each peer that lacks something. Runs as a job: progress and cancel.
 */
export async function startFolderSync(
  store: Store,
  input: { allowMassDelete: boolean },
): Promise<{ jobId: string }> {
  const jobs = jobsOf(store);
  if ([...jobs.values()].some((job) => job.status.state === 'running')) {
    throw new PristavError('SYNC_RUNNING');
  }
  const membership = requireMembership(store);
  const folder = readSyncFolder(store);
  if (folder === null) throw new PristavError('SYNC_FOLDER_NOT_SET');
  const isFolder = await stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new PristavError('SYNC_FOLDER_MISSING', { path: folder });
  const jobId = newId();
  const job: FolderSyncJob = {
    controller: new AbortController(),
    status: {
      jobId,
      state: 'running',
      progress: { step: 'scan', done: 0, total: 0, file: null },
      imported: [],
      exported: [],
      skipped: [],
      error: null,
    },
  };
  jobs.set(jobId, job);
  void runJob(store, membership, folder, job, input);
  return { jobId };
}

async function runJob(
  store: Store,
  membership: Membership,
  folder: string,
  job: FolderSyncJob,
  input: { allowMassDelete: boolean },
): Promise<void> {
  const { status, controller } = job;
  const signal = controller.signal;
  try {
    const scan = await scanSyncFolder(folder, {
      siteId: membership.siteId,
      isImported: (fileId) => isFileImported(store, fileId),
    });
    status.skipped = scan.skipped
      .filter((entry) => entry.reason !== 'otherRecipient' && entry.reason !== 'imported')
      .map((entry) => ({ name: entry.name, reason: entry.reason }));
    status.progress = { step: 'import', done: 0, total: scan.files.length, file: null };
    // A verified backup before the files change anything: once per run, not per file.
    if (scan.files.length > 0) await takeBackup(store, { reason: 'sync' });
    for (const file of scan.files) {
      signal.throwIfAborted();
      status.progress.file = file.name;
      try {
        status.imported.push(
          await importSyncFile(store, membership, file.path, {
            isDryRun: false,
            allowMassDelete: input.allowMassDelete,
            signal,
          }),
        );
      } catch (error) {
        if (signal.aborted) throw error;
        status.skipped.push({ name: file.name, reason: causeOf(error) });
      }
      status.progress.done += 1;
    }
    const peers = listSites(store).filter(
      (site) =>
        site.id !== membership.siteId &&
        site.is_revoked === 0 &&
        site.agreement_key !== '' &&
        (membership.isHq || site.id === membership.hqId),
    );
    // A peer gets a file when it would learn something: operations it lacks, or what we now
    // hold (our vector is its acknowledgement). The same file again would only clutter the stick.
    const due = peers.filter(
      (peer) => !isSameAsLastSent(store, peer.id, exportSummary(store, peer.id, membership)),
    );
    status.progress = { step: 'export', done: 0, total: due.length, file: null };
    for (const peer of due) {
      signal.throwIfAborted();
      status.progress.file = peer.name;
      const written = await exportSyncFile(store, membership, peer.id, folder, signal);
      const exported: ExportedSyncFile = { ...written, contentBase64: null };
      status.exported.push(exported);
      status.progress.done += 1;
    }
    status.progress = { ...status.progress, step: 'done', file: null };
    status.state = 'done';
  } catch (error) {
    if (signal.aborted) {
      status.state = 'cancelled';
    } else {
      status.state = 'failed';
      status.error = causeOf(error);
    }
  }
}

/** The error kept without language; the API words it for whoever asks (describeSyncRun). */
function causeOf(error: unknown): SyncRunError {
  if (isPristavError(error)) return { code: error.code, params: error.params };
  console.error('Přístav: sync failed', error instanceof Error ? error.stack : error);
  return { code: 'INTERNAL', params: {} };
}

export function folderSyncStatus(store: Store, jobId: string): SyncRunRecord {
  const job = jobsOf(store).get(jobId);
  if (!job) throw new PristavError('SYNC_JOB_NOT_FOUND', { id: jobId });
  return structuredClone(job.status);
}

export function cancelFolderSync(store: Store, jobId: string): SyncRunRecord {
  const job = jobsOf(store).get(jobId);
  if (!job) throw new PristavError('SYNC_JOB_NOT_FOUND', { id: jobId });
  if (job.status.state === 'running') job.controller.abort();
  return structuredClone(job.status);
}
