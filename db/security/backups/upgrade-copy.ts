import { copyFileSync, linkSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupEntry } from '../../contract/backups.ts';
import { PristavError } from '../../errors.ts';
import { getThisSite } from '../../site/site-queries.ts';
import type { Store } from '../../store.ts';
import {
  judgeBackup,
  liveIdentityOf,
  toBackupEntry,
  verificationDetail,
} from './backup-judgement.ts';
import { prepareBackupFolder, readBackupFolder } from './backup-folder.ts';
import { backupFileName, parseBackupFileName, siteSlug } from './backup-name.ts';
import { runBackupWorker } from './backup-worker.ts';
import { flushFile, flushFolder } from './flush.ts';
import { freeName, removeExpired } from './take-backup.ts';

/**
 * Before a schema upgrade the opener writes a checked copy beside the database
 * (connection/upgrade-backup.ts); this puts the same snapshot in the backup folder as a
 * "migration" backup, so "Obnovit ze zálohy" offers the state before the upgrade. On the same
 * disk it is a second name for the very file already checked page by page (a hard link, no
 * copy): opening it with the key and reading its site is then check enough. On another disk
 * it is copied, flushed, and checked again.
 *
 * Not in the backup queue: it runs while a store is being opened, which a restore does while
 * it holds the queue (the restored file may need the upgrade), and nothing else can use this
 * store yet. Its name differs from any other backup's by its reason or its number.
 */
export async function copyUpgradeBackup(store: Store, upgradeBackup: string): Promise<BackupEntry> {
  const folder = prepareBackupFolder(readBackupFolder(store));
  const siteName = siteNameOf(store);
  const name = freeName(folder, backupFileName(siteName, new Date(store.now()), 'migration'));
  const path = join(folder, name);
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    const isLinked = linkOrCopy(upgradeBackup, partial);
    const [facts] = await runBackupWorker(
      { kind: 'inspect', files: [partial], check: !isLinked },
      store.key,
    );
    const problem = judgeBackup(facts!, liveIdentityOf(store), 'verify');
    if (problem) {
      throw new PristavError('BACKUP_VERIFY_FAILED', {
        path,
        detail: verificationDetail(facts!, problem),
      });
    }
    renameSync(partial, path);
    flushFolder(dirname(path));
    removeExpired(folder, siteSlug(siteName));
    return toBackupEntry({ ...facts!, path }, parseBackupFileName(name)!, null);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function linkOrCopy(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch {
    copyFileSync(source, target);
    flushFile(target);
    return false;
  }
}

/** The site's name from a file at an older schema; "pristav" when it has none yet. */
function siteNameOf(store: Store): string {
  try {
    return getThisSite(store)?.name ?? 'pristav';
  } catch {
    return 'pristav';
  }
}
