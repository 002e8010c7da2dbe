import type { BackupTaken } from '../../contract/backups.ts';
import { getThisSite } from '../../site/site-queries.ts';
import { readLocalMeta, writeLocalMeta } from '../../changes/index.ts';
import { storeToday, type Store } from '../../store.ts';
import { takeBackup } from './take-backup.ts';

/** The day of the last daily backup, in this computer's local_meta (it never travels). */
const metaKey = 'backup_last_daily';

/**
 * The backup at the first start of each day (the desktop app and the loopback host; short CLI
 * commands do not take one). Runs in the background: the snapshot is written by a worker, so
 * the app is usable at once. A database without a site yet holds nothing to keep. A failure
 * (the chosen stick is not plugged in) is not recorded as done: the next start tries again.
 */
export async function takeDailyBackupIfDue(store: Store): Promise<BackupTaken | null> {
  if (getThisSite(store) === null) return null;
  const today = storeToday(store);
  const last = readLocalMeta(store, metaKey);
  if (last === today) return null;
  const taken = await takeBackup(store, { reason: 'daily' });
  // A restore meanwhile closed this store; the restored file takes its own at its next start.
  if (store.sqlite.open) writeLocalMeta(store, metaKey, today);
  return taken;
}
