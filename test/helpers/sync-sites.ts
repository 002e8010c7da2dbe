import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Api, createApi } from '../../db/api.ts';
import { dumpSyncedData } from '../../db/changes/dump.ts';
import { readSiteId } from '../../db/changes/local-meta.ts';
import type { Language } from '../../db/contract/language.ts';
import type { SyncFileResult } from '../../db/contract/sync.ts';
import { openStore } from '../../db/open-app.ts';
import type { Store } from '../../db/store.ts';
import { enrolBranch } from '../../db/sync/enrol.ts';
import { exportSyncFile, type WrittenExport } from '../../db/sync/export-file.ts';
import { importSyncFile, type SyncImportOptions } from '../../db/sync/import-file.ts';
import { joinOrganisation } from '../../db/sync/join.ts';
import { type Membership, requireMembership } from '../../db/sync/organisation.ts';
import type { MethodName } from '../../db/contract/method-names.ts';
import type { Input, Output } from '../../db/contract/methods.ts';

/*
 * Offices of one organisation for the sync tests: each a real database file with the real
 * migrations, opened as the app opens it, and files exchanged through real folders.
 */

export interface Site {
  name: string;
  /** This site's id (its UUID in the registry and the change log). */
  id: string;
  file: string;
  store: Store;
  api: Api;
}

/** A scratch folder; under /dev/shm when there is one (no fsync cost), else the OS temp dir. */
export function makeSyncTempDir(prefix = 'pristav-sync-test-'): {
  dir: string;
  cleanup: () => void;
} {
  const base = process.env.PRISTAV_SYNC_TMP ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
  const dir = mkdtempSync(join(base, prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens an existing (or, with `create`, a new) database file as the app does. */
export async function openSite(
  file: string,
  options: { name?: string; now?: () => number; create?: boolean } = {},
): Promise<Site> {
  const store = await openStore({
    file,
    mode: options.create ? 'create' : 'open',
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    name: options.name ?? file,
    id: readSiteId(store) ?? '',
    file,
    store,
    api: createApi(store),
  };
}

export function closeSite(site: Site): void {
  if (site.store.sqlite.open) site.store.sqlite.close();
}

/**
 * An API call that must succeed, typed by the contract: its value, or an Error naming the site
 * with the code and message.
 */
export async function call<M extends MethodName>(
  site: Site,
  method: M,
  input: Input<M>,
  lang: Language = 'cs',
): Promise<Output<M>> {
  const result = await site.api.invoke(method, input, lang);
  if (!result.ok) {
    throw new Error(`${method} at ${site.name}: ${result.error.code} ${result.error.message}`);
  }
  // The API validated the input with this method's schema and ran its handler.
  return result.value as Output<M>;
}

/** A new database that becomes the organisation's headquarters (`init --hq`). */
export async function createHq(
  file: string,
  options: { name?: string; town?: string; now?: () => number } = {},
): Promise<Site> {
  const site = await openSite(file, { ...options, create: true });
  const created = await call(site, 'site.create', {
    name: options.name ?? 'Centrála Liberec',
    town: options.town ?? 'Liberec',
    isHq: true,
    adminName: 'Petra Nováková',
  });
  return { ...site, name: options.name ?? 'Centrála Liberec', id: created.id };
}

/** HQ enrols a branch, which joins from a new database at `file`. */
export async function enrolAndJoin(
  hq: Site,
  file: string,
  branch: { name: string; town: string },
  options: { now?: () => number } = {},
): Promise<Site> {
  const enrolment = `${file}.pristav-enrol`;
  const { passphrase, site } = await enrolBranch(hq.store, null, branch, enrolment);
  const opened = await openSite(file, { ...options, name: branch.name, create: true });
  await joinOrganisation(opened.store, {
    path: enrolment,
    passphrase,
    adminName: 'Jana Dvořáková',
  });
  rmSync(enrolment);
  return { ...opened, id: site.id };
}

/** The two offices most sync tests start from: HQ in Liberec and a branch in Turnov, joined. */
export async function createHqAndBranch(dir: string): Promise<{ hq: Site; branch: Site }> {
  const hq = await createHq(join(dir, 'hq.sqlite'));
  const branch = await enrolAndJoin(hq, join(dir, 'branch.sqlite'), {
    name: 'Pobočka Turnov',
    town: 'Turnov',
  });
  return { hq, branch };
}

export function membershipOf(site: Site): Membership {
  return requireMembership(site.store);
}

/** Writes a sync file from `from` to `to` into `folder`. */
export function sendFile(from: Site, to: Site | string, folder: string): Promise<WrittenExport> {
  return exportSyncFile(
    from.store,
    membershipOf(from),
    typeof to === 'string' ? to : to.id,
    folder,
  );
}

export function receiveFile(
  site: Site,
  path: string,
  options: Partial<SyncImportOptions> = {},
): Promise<SyncFileResult> {
  return importSyncFile(site.store, membershipOf(site), path, {
    isDryRun: false,
    allowMassDelete: false,
    ...options,
  });
}

export function reviewItemIds(store: Store): string[] {
  return store.sqlite.prepare('SELECT id FROM review_items ORDER BY id').pluck().all() as string[];
}

export function operationCount(store: Store): number {
  return store.sqlite.prepare('SELECT count(*) FROM ops').pluck().get() as number;
}

/** Every operation held, as `origin UUID:counter`. */
export function heldOperationKeys(store: Store): Set<string> {
  const rows = store.sqlite
    .prepare('SELECT s.uuid, o.counter FROM ops o JOIN op_sites s ON s.id = o.site')
    .raw()
    .all() as [string, number][];
  return new Set(rows.map(([site, counter]) => `${site}:${counter}`));
}

/** What two databases holding the same state agree on: data, review queue, log, files. */
export function syncState(store: Store) {
  return {
    dump: JSON.stringify(dumpSyncedData(store)),
    review: reviewItemIds(store),
    operations: operationCount(store),
    files: store.sqlite
      .prepare('SELECT file_id, direction FROM sync_files ORDER BY file_id, direction')
      .raw()
      .all(),
  };
}

const sha256 = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';

/**
 * The database file and its WAL byte for byte, after a TRUNCATE checkpoint has moved every
 * committed page into the file: any write that was committed changes the file's hash.
 */
export function databaseHash(site: { file: string; store: Store }): { file: string; wal: string } {
  checkpoint(site.store);
  return { file: sha256(site.file), wal: sha256(`${site.file}-wal`) };
}

/** Moves every committed page from the WAL into the database file and empties the WAL. */
export function checkpoint(store: Store): void {
  const [result] = store.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result?.busy !== 0) throw new Error(`Checkpoint of ${store.file} was blocked`);
}

/** Copies a closed database file (the template of a scenario) to `target`. */
export function copyDatabase(source: string, target: string): void {
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${source}${suffix}`)) throw new Error(`${source} is still open`);
  }
  copyFileSync(source, target);
}

/** Copies an open database as it stands (its WAL checkpointed into the file first). */
export function copyOpenDatabase(site: { file: string; store: Store }, target: string): void {
  checkpoint(site.store);
  copyFileSync(site.file, target);
}
