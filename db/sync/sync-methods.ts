import { readFile, stat, writeFile } from 'node:fs/promises';
import { PristavError } from '../errors.ts';
import { join } from 'node:path';
import type { MethodDefinition } from '../api-types.ts';
import { describeSyncRun } from '../contract/sync-run-words.ts';
import type { UploadedFile } from '../contract/sync.ts';
import type { Store } from '../store.ts';
import { signInAfterSetUp } from '../security/session.ts';
import { takeBackup } from '../security/backups/take-backup.ts';
import { requireSyncCrypto } from './crypto-readiness.ts';
import { enrolmentExtension } from './enrolment-file.ts';
import { enrolBranch } from './enrol.ts';
import { exportSyncFile } from './export-file.ts';
import { cancelFolderSync, folderSyncStatus, startFolderSync } from './folder-sync-job.ts';
import { importSyncFile } from './import-file.ts';
import { joinOrganisation } from './join.ts';
import { writeSyncFolder } from './local-state.ts';
import { requireMembership } from './organisation.ts';
import { listReviewItems, resolveReviewItem } from './review-queue.ts';
import { withScratchFolder } from './scratch-folder.ts';
import { listSites } from './site-registry.ts';
import { syncFileName } from './sync-file-name.ts';
import { getSyncStatus, revokeSite } from './sync-status.ts';

type SyncMethod =
  | 'sync.status'
  | 'sync.enrol'
  | 'sync.join'
  | 'sync.export'
  | 'sync.import'
  | 'sync.conflicts'
  | 'sync.resolve'
  | 'sync.revoke'
  | 'sync.setFolder'
  | 'sync.run'
  | 'sync.runStatus'
  | 'sync.runCancel';

/** An uploaded file's own name only: never a path that could point out of the scratch folder. */
function safeName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return /^[^\0]{1,200}$/.test(base) && base !== '.' && base !== '..' ? base : fallback;
}

/**
 * Runs work on an uploaded file saved under a scratch path; a refusal names the file the
 * person chose, not the scratch path they never saw.
 */
async function asUploaded<T>(path: string, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PristavError && error.params.path === path) {
      throw new PristavError(error.code, { ...error.params, path: name });
    }
    throw error;
  }
}

async function writeUploads(folder: string, files: readonly UploadedFile[]): Promise<string[]> {
  return Promise.all(
    files.map(async (file, index) => {
      const path = join(folder, `${index}-${safeName(file.name, 'file')}`);
      await writeFile(path, Buffer.from(file.contentBase64, 'base64'));
      return path;
    }),
  );
}

/** Recipients of `to`: `hq`, `all` (at HQ: every branch that can receive), or one site id. */
function recipientsOf(store: Store, to: string): string[] {
  const membership = requireMembership(store);
  if (to === 'hq') return [membership.hqId];
  if (to !== 'all') return [to];
  if (!membership.isHq) return [membership.hqId];
  return listSites(store)
    .filter((site) => site.id !== membership.siteId && site.is_revoked === 0 && site.agreement_key)
    .map((site) => site.id);
}

export async function exportFiles(store: Store, to: string, folder: string) {
  const membership = requireMembership(store);
  const isFolder = await stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new PristavError('SYNC_FOLDER_MISSING', { path: folder });
  const files = [];
  for (const recipient of recipientsOf(store, to)) {
    files.push(await exportSyncFile(store, membership, recipient, folder));
  }
  return files;
}

/** Every sync method first checks that the crypto self-test passed (crypto-readiness.ts). */
function guarded<M extends SyncMethod>(definition: MethodDefinition<M>): MethodDefinition<M> {
  return {
    ...definition,
    handler: (context, input) => {
      requireSyncCrypto();
      return definition.handler(context, input);
    },
  };
}

const definitions: { [M in SyncMethod]: MethodDefinition<M> } = {
  'sync.status': { handler: ({ store }) => getSyncStatus(store) },
  'sync.enrol': {
    handler: ({ store, userId }, input) =>
      withScratchFolder(async (folder) => {
        const name = syncFileName(
          'enrolment',
          input.name,
          new Date(store.now()),
          '00000000',
          enrolmentExtension,
        );
        const path = join(folder, name);
        const enrolled = await enrolBranch(store, userId, input, path);
        return {
          ...enrolled,
          file: { name, contentBase64: (await readFile(path)).toString('base64') },
        };
      }),
  },
  'sync.join': {
    handler: ({ store, session }, input) =>
      withScratchFolder(async (folder) => {
        const [path] = await writeUploads(folder, [input.file]);
        const site = await asUploaded(path!, input.file.name, () =>
          joinOrganisation(store, {
            path: path!,
            passphrase: input.passphrase,
            adminName: input.adminName,
            ...(input.adminPassword === undefined ? {} : { adminPassword: input.adminPassword }),
          }),
        );
        // The person who set the branch up goes on signed in, as after creating a site.
        if (input.adminPassword !== undefined) signInAfterSetUp(store, session, input.adminName);
        return site;
      }),
    isAllowedBeforeSetup: true,
  },
  'sync.export': {
    handler: async ({ store }, input) => {
      if (input.folder !== undefined) {
        const files = await exportFiles(store, input.to, input.folder);
        return { files: files.map((file) => ({ ...file, contentBase64: null })) };
      }
      return withScratchFolder(async (folder) => {
        const files = await exportFiles(store, input.to, folder);
        return {
          files: await Promise.all(
            files.map(async (file) => ({
              ...file,
              path: null,
              contentBase64: (await readFile(file.path)).toString('base64'),
            })),
          ),
        };
      });
    },
  },
  'sync.import': {
    handler: ({ store }, input) =>
      withScratchFolder(async (folder) => {
        const membership = requireMembership(store);
        const paths = await writeUploads(folder, input.files);
        // A verified backup before the files change anything: once per call; a dry run writes none.
        if (!input.isDryRun) await takeBackup(store, { reason: 'sync' });
        const results = [];
        for (const [index, path] of paths.entries()) {
          const name = input.files[index]!.name;
          const result = await asUploaded(path, name, () =>
            importSyncFile(store, membership, path, {
              isDryRun: input.isDryRun,
              allowMassDelete: input.allowMassDelete,
            }),
          );
          results.push({ ...result, path: name });
        }
        return { files: results };
      }),
  },
  'sync.conflicts': { handler: ({ store, lang }) => listReviewItems(store, lang) },
  'sync.resolve': {
    handler: ({ store, userId }, input) => resolveReviewItem(store, userId, input),
  },
  'sync.revoke': {
    handler: ({ store, userId }, input) => revokeSite(store, userId, input.siteId),
  },
  'sync.setFolder': {
    handler: ({ store }, input) => {
      writeSyncFolder(
        store,
        input.folder === null || input.folder.trim() === '' ? null : input.folder.trim(),
      );
      return getSyncStatus(store);
    },
  },
  'sync.run': { handler: ({ store }, input) => startFolderSync(store, input) },
  'sync.runStatus': {
    handler: ({ store, lang }, input) =>
      describeSyncRun(folderSyncStatus(store, input.jobId), lang),
    isAnsweredDuringImport: true,
  },
  'sync.runCancel': {
    handler: ({ store, lang }, input) =>
      describeSyncRun(cancelFolderSync(store, input.jobId), lang),
    isAnsweredDuringImport: true,
  },
};

/** Sync between offices (SYNC.md, INTERFACES.md "Sync between offices"). */
export const syncMethods = Object.fromEntries(
  Object.entries(definitions).map(([method, definition]) => [
    method,
    guarded(definition as MethodDefinition<SyncMethod>),
  ]),
) as { [M in SyncMethod]: MethodDefinition<M> };
