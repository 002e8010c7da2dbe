import { resolve } from 'node:path';
import type { StorageInfo } from '../../contract/domain.ts';
import type { Store } from '../../store.ts';
import { readBackupFolder } from './backup-folder.ts';

/** Where this computer keeps the database and its backups, for Settings (issue 13.12). */
export function readStorageInfo(store: Store): StorageInfo {
  const backups = readBackupFolder(store);
  return {
    databaseFile: resolve(store.file),
    backupFolder: backups.folder,
    isDefaultBackupFolder: backups.isDefault,
    isEncrypted: store.key !== undefined,
  };
}
