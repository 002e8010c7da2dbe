import type { MethodDefinition } from '../../api-types.ts';
import { PristavError } from '../../errors.ts';
import { isFolderSyncRunning } from '../../folder-sync-jobs.ts';
import { writeBackupFolder } from './backup-folder.ts';
import { listBackups } from './list-backups.ts';
import { restoreBackup } from './restore-backup.ts';
import { takeBackup } from './take-backup.ts';

type BackupMethod = 'backups.list' | 'backups.take' | 'backups.restore' | 'backups.setFolder';

/** Backups and restore (INTERFACES.md "People, backups and erasure"); admin only. */
export const backupMethods: { [M in BackupMethod]: MethodDefinition<M> } = {
  'backups.list': { handler: ({ store, lang }) => listBackups(store, lang) },
  'backups.take': {
    handler: ({ store }, input) =>
      takeBackup(store, {
        reason: 'manual',
        ...(input.folder === undefined ? {} : { folder: input.folder.trim() }),
      }),
  },
  'backups.restore': {
    handler: ({ store }, input) => {
      // "Synchronizovat" reads and writes between its files; the file is not swapped under it.
      if (isFolderSyncRunning(store)) throw new PristavError('SYNC_RUNNING');
      return restoreBackup(store, input.file);
    },
  },
  'backups.setFolder': {
    handler: ({ store, lang }, input) => {
      const folder = input.folder?.trim() ?? '';
      writeBackupFolder(store, folder === '' ? null : folder);
      return listBackups(store, lang);
    },
  },
};
