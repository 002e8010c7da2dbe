import { rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { BackupEntry, RestoreResult } from '../../contract/backups.ts';
import { PristavError } from '../../errors.ts';
import { takeExclusiveUse } from '../../exclusive-use.ts';
import type { Store } from '../../store.ts';
import {
  judgeBackup,
  liveIdentityOf,
  toBackupEntry,
  type LiveIdentity,
} from './backup-judgement.ts';
import { parseBackupFileName, type ParsedBackupName } from './backup-name.ts';
import { inBackupQueue } from './backup-queue.ts';
import { runBackupWorker } from './backup-worker.ts';
import { keptAsideName, stageBackup, swapInBackup, undoSwap } from './file-swap.ts';
import { liveDatabaseOf } from './live-database.ts';

/**
 * "Obnovit ze zálohy": checks the backup completely before anything moves (it opens with this
 * database's key, it is a Přístav database of this site and organisation, not newer than this
 * version, every page passes quick_check), then keeps the current file aside and puts the
 * backup in its place. The app that holds the store reopens on the restored file
 * (live-database.ts). Any refusal is one PristavError and leaves every file as it was.
 */
export function restoreBackup(store: Store, path: string): Promise<RestoreResult> {
  const file = resolve(store.file);
  const backup = resolve(path);
  return inBackupQueue(file, async () => {
    const restored = await checkRestorable(backup, file, liveIdentityOf(store));
    const staged = stageBackup(backup, file);
    // A legacy import or a sync import holds a transaction across turns of the event loop:
    // the file is swapped only once it has finished.
    const release = await takeExclusiveUse(store);
    try {
      const aside = keptAsideName(file, new Date(store.now()));
      const swap = () => swapInBackup(file, staged, aside);
      const undo = () => undoSwap(file, aside);
      const live = liveDatabaseOf(store);
      if (live) {
        await live.replace(swap, undo);
      } else {
        store.sqlite.close();
        swap();
      }
      return { restored, keptAside: aside };
    } finally {
      release();
      rmSync(staged, { force: true });
    }
  });
}

/** Reads and judges the backup in a worker; throws the one reason it cannot be restored. */
export async function checkRestorable(
  backup: string,
  file: string,
  live: LiveIdentity,
): Promise<BackupEntry> {
  if (backup === file) throw new PristavError('BACKUP_IS_LIVE', { path: backup });
  const [facts] = await runBackupWorker(
    { kind: 'inspect', files: [backup], check: true },
    live.key,
  );
  const problem = judgeBackup(facts!, live);
  if (problem) throw problem;
  return toBackupEntry(facts!, parsedOrFromFile(backup), null);
}

/** A backup renamed by hand is still restorable: its time is then the file's. */
function parsedOrFromFile(backup: string): ParsedBackupName {
  const parsed = parseBackupFileName(basename(backup));
  if (parsed) return parsed;
  const modified = new Date(statSync(backup).mtimeMs);
  const local = new Date(modified.getTime() - modified.getTimezoneOffset() * 60_000);
  const takenAt = local.toISOString().slice(0, 19);
  return { site: '', day: takenAt.slice(0, 10), takenAt, reason: null, sequence: 1 };
}
