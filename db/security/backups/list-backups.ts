import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupList } from '../../contract/backups.ts';
import { errorMessage } from '../../contract/errors.ts';
import type { Language } from '../../contract/language.ts';
import type { Store } from '../../store.ts';
import { isFolder, readBackupFolder } from './backup-folder.ts';
import { judgeBackup, liveIdentityOf, toBackupEntry } from './backup-judgement.ts';
import { parseBackupFileName } from './backup-name.ts';
import { runBackupWorker } from './backup-worker.ts';

/**
 * The backups in the backup folder, newest first, each opened with this database's key to read
 * its site and counts, with the reason it could not be restored here, if any (another site's
 * backup on a shared stick, another key). Pages are not checked here: that costs a read of
 * every backup, and a restore checks the one chosen.
 */
export async function listBackups(store: Store, lang: Language): Promise<BackupList> {
  const { folder, isDefault } = readBackupFolder(store);
  const list: BackupList = {
    folder,
    isDefaultFolder: isDefault,
    isFolderAvailable: isFolder(folder),
    backups: [],
  };
  if (!list.isFolderAvailable) return list;
  const named = readdirSync(folder)
    .map((name) => ({ path: join(folder, name), parsed: parseBackupFileName(name) }))
    .filter((entry) => entry.parsed !== null);
  if (named.length === 0) return list;
  const facts = await runBackupWorker(
    { kind: 'inspect', files: named.map((entry) => entry.path), check: false },
    store.key,
  );
  const live = liveIdentityOf(store);
  list.backups = facts
    .map((fact, index): BackupEntry => {
      const problem = judgeBackup(fact, live);
      return toBackupEntry(
        fact,
        named[index]!.parsed!,
        problem && {
          code: problem.code,
          message: errorMessage(problem.code, lang, problem.params),
        },
      );
    })
    .sort((a, b) =>
      a.takenAt === b.takenAt ? sequenceOf(b) - sequenceOf(a) : a.takenAt < b.takenAt ? 1 : -1,
    );
  return list;
}

const sequenceOf = (entry: BackupEntry) => parseBackupFileName(entry.name)?.sequence ?? 1;
