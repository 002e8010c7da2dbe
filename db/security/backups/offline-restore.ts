import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RestoreResult } from '../../contract/backups.ts';
import { openCheckedDatabase } from '../../connection/open-database.ts';
import { createStore } from '../../store.ts';
import { liveIdentityOf, type LiveIdentity } from './backup-judgement.ts';
import { inBackupQueue } from './backup-queue.ts';
import { keptAsideName, stageBackup, swapInBackup, undoSwap } from './file-swap.ts';
import { checkRestorable } from './restore-backup.ts';

/**
 * `pristav restore FILE` when the database itself cannot be opened (damaged beyond its first
 * pages, missing): the same checks and the same swap as restoreBackup(), without an app. The
 * backup must still open with the key; whose site it is can only be compared when the current
 * file still says which site it is. `reopen` opens the restored file as the app would (running
 * any upgrade) and closes it; if that fails the previous file is put back.
 */
export function restoreWithoutApp(options: {
  file: string;
  backup: string;
  key: string | undefined;
  reopen: () => Promise<void>;
  now?: Date;
}): Promise<RestoreResult> {
  const file = resolve(options.file);
  const backup = resolve(options.backup);
  return inBackupQueue(file, async () => {
    const restored = await checkRestorable(backup, file, readableIdentity(file, options.key));
    const staged = stageBackup(backup, file);
    const aside = keptAsideName(file, options.now ?? new Date());
    const hadFile = existsSync(file);
    try {
      swapInBackup(file, staged, aside);
    } finally {
      // After a successful swap the staged name no longer exists; after a failed one it goes.
      rmSync(staged, { force: true });
    }
    try {
      await options.reopen();
    } catch (error) {
      undoSwap(file, aside);
      throw error;
    }
    return { restored, keptAside: hadFile ? aside : null };
  });
}

/** What the damaged file still tells about itself; nothing when it cannot be read at all. */
function readableIdentity(file: string, key: string | undefined): LiveIdentity {
  try {
    const sqlite = openCheckedDatabase({
      file,
      mode: 'open',
      ...(key === undefined ? {} : { key }),
    });
    try {
      return liveIdentityOf(createStore(sqlite, file, Date.now, key));
    } finally {
      sqlite.close();
    }
  } catch {
    return { siteId: null, organisationId: null, key };
  }
}
