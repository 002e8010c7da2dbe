import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BackupReason, BackupTaken } from '../../contract/backups.ts';
import { PristavError } from '../../errors.ts';
import { getThisSite } from '../../site/site-queries.ts';
import { selectFirst } from '../../query.ts';
import type { Store } from '../../store.ts';
import { keyFilePath } from '../database-keys/key-file.ts';
import {
  liveIdentityOf,
  judgeBackup,
  toBackupEntry,
  verificationDetail,
} from './backup-judgement.ts';
import {
  prepareBackupFolder,
  readBackupFolder,
  requireChosenFolder,
  type BackupFolder,
} from './backup-folder.ts';
import { backupFileName, numberedName, parseBackupFileName, siteSlug } from './backup-name.ts';
import { inBackupQueue } from './backup-queue.ts';
import { type FileFacts, runBackupWorker, WorkerTaskError } from './backup-worker.ts';
import { flushFolder } from './flush.ts';
import { backupsToRemove } from './retention.ts';

export interface TakeBackupOptions {
  reason: BackupReason;
  /** `pristav backup --to DIR`: this folder instead of the one from Settings. */
  folder?: string;
}

/**
 * A verified backup of the live database in the backup folder. The snapshot is written by a
 * worker under a temporary name (`….sqlite.partial`), flushed, then opened with the key and
 * checked (quick_check, the schema, this site, the counts): only then does it get its name, so
 * a file with a backup's name is a good backup. Then the retention rule removes what it no
 * longer keeps. One backup at a time per database (backup-queue.ts).
 */
export function takeBackup(store: Store, options: TakeBackupOptions): Promise<BackupTaken> {
  if (options.folder !== undefined) requireChosenFolder(options.folder);
  return inBackupQueue(resolve(store.file), async () => {
    const target: BackupFolder =
      options.folder === undefined
        ? readBackupFolder(store)
        : { folder: options.folder, isDefault: false };
    const folder = prepareBackupFolder(target);
    const siteName = getThisSite(store)?.name ?? 'pristav';
    const name = freeName(folder, backupFileName(siteName, new Date(store.now()), options.reason));
    const path = join(folder, name);
    const facts = await writeVerified(store, path);
    copyKeyFile(store, folder, siteSlug(siteName));
    return {
      backup: toBackupEntry(facts, parseBackupFileName(name)!, null),
      removed: removeExpired(folder, siteSlug(siteName)),
    };
  });
}

/**
 * An encrypted backup opens only with the key: the key file (its entries wrapped with the users'
 * passwords, so it opens nothing by itself) goes into the backup folder too, named after the
 * site so that several sites can share a stick. Not a backup's name: retention leaves it alone.
 */
function copyKeyFile(store: Store, folder: string, slug: string): void {
  const source = keyFilePath(store.file);
  if (!existsSync(source)) return;
  const target = join(folder, `pristav-${slug}.keys.json`);
  copyFileSync(source, `${target}.partial`);
  chmodSync(`${target}.partial`, 0o600);
  renameSync(`${target}.partial`, target);
}

async function writeVerified(store: Store, path: string): Promise<FileFacts> {
  const partial = `${path}.partial`;
  try {
    const [facts] = await runBackupWorker(
      { kind: 'write', source: resolve(store.file), target: partial },
      store.key,
    );
    assertVerified(store, facts!, path);
    renameSync(partial, path);
    flushFolder(dirname(path));
    return { ...facts!, path };
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof WorkerTaskError) {
      throw new PristavError('BACKUP_FAILED', { path, detail: error.message });
    }
    throw error;
  }
}

/** The copy must open with the key, pass quick_check, and be this site at this schema. */
function assertVerified(store: Store, facts: FileFacts, path: string): void {
  const live = liveIdentityOf(store);
  const problem = judgeBackup(facts, live, 'verify');
  // kysely_migration is Kysely's own table, not one of schema.ts.
  const liveVersion =
    selectFirst(
      store,
      store.db
        .withTables<{ kysely_migration: { name: string } }>()
        .selectFrom('kysely_migration')
        .select((eb) => eb.fn.countAll<number>().as('count')),
    )?.count ?? 0;
  const detail = problem
    ? verificationDetail(facts, problem)
    : facts.migrations?.length !== liveVersion
      ? `schema ${facts.migrations?.length ?? 0} ≠ ${liveVersion}`
      : null;
  if (detail !== null) throw new PristavError('BACKUP_VERIFY_FAILED', { path, detail });
}

/** The name, or `-2`, `-3`… when a backup already has it (two within one second). */
export function freeName(folder: string, name: string): string {
  let candidate = name;
  for (let number = 2; existsSync(join(folder, candidate)); number++) {
    candidate = numberedName(name, number);
  }
  return candidate;
}

/** A `.partial` this old was left by a process that stopped (a crash, a power cut). */
const stalePartialMs = 24 * 60 * 60 * 1000;

/**
 * Applies the retention rule to this site's backups in the folder. Files with other names, or
 * of another site sharing the stick, are never touched.
 */
export function removeExpired(folder: string, slug: string): string[] {
  const names = readdirSync(folder);
  const ours = names
    .map((name) => ({ name, parsed: parseBackupFileName(name) }))
    .filter((entry) => entry.parsed?.site === slug)
    .map((entry) => ({
      name: entry.name,
      takenAt: entry.parsed!.takenAt,
      sequence: entry.parsed!.sequence,
    }));
  const removed = backupsToRemove(ours);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  for (const name of names) {
    if (!name.endsWith('.sqlite.partial')) continue;
    if (parseBackupFileName(name.slice(0, -'.partial'.length))?.site !== slug) continue;
    const path = join(folder, name);
    if (Date.now() - statSync(path).mtimeMs > stalePartialMs) rmSync(path, { force: true });
  }
  return removed;
}
