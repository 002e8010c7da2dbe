import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isPristavError } from '../../errors.ts';
import { readSyncFileHeader, type SyncFileHeader } from '../file/index.ts';

/** The extension every sync file Přístav writes carries. */
export const syncFileExtension = '.pristav-sync';

/** A file in the sync folder that is ready to be imported by this site. */
export interface IncomingFile {
  path: string;
  name: string;
  header: SyncFileHeader;
}

/** Why a file that looks like ours is left for now (the folder listing says so). */
export type SkipReason =
  'incomplete' | 'unreadable' | 'tooNew' | 'otherRecipient' | 'imported' | 'copy';

export interface FolderScan {
  files: IncomingFile[];
  skipped: { name: string; reason: SkipReason }[];
}

/**
 * Names that are not (yet) a finished file: hidden temporary files (our own writer's
 * `.name.random.tmp`, Syncthing's `.syncthing.name.tmp`), and the partial-download suffixes of
 * the common sync engines and browsers.
 */
function isTemporaryName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~') ||
    /\.(tmp|part|partial|crdownload|download)$/i.test(name) ||
    name.endsWith('~')
  );
}

/**
 * Conflict copies that file-sync engines leave beside a file both ends wrote: Syncthing's
 * `name.sync-conflict-20261202-101500-ABCDEFG.pristav-sync`, Nextcloud's and Dropbox's
 * `name (conflicted copy …).pristav-sync`. Others (OneDrive adds the PC's name) cannot be told
 * by name, which is why copies are recognised by the file id in their header, not by name; the
 * name only decides which of two copies is kept.
 */
export function isConflictCopyName(name: string): boolean {
  return /\.sync-conflict-\d{8}-\d{6}/.test(name) || /\(conflicted copy/i.test(name);
}

/**
 * The files of a sync folder that this site should import now, in a stable order (by name).
 * A file still being written (no end marker yet, or its size changed during the scan) is left
 * for the next scan; files for other sites are skipped quietly (the folder is shared); a
 * conflict copy is the same file under another name: its header carries the same file id,
 * and only one of them is imported.
 */
export async function scanSyncFolder(
  folder: string,
  site: { siteId: string; isImported: (fileId: string) => boolean },
): Promise<FolderScan> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(syncFileExtension)).sort();
  const scan: FolderScan = { files: [], skipped: [] };
  const byFileId = new Map<string, IncomingFile>();
  // Conflict copies last, so the original name is the one kept when both are complete.
  const ordered = [
    ...names.filter((name) => !isConflictCopyName(name)),
    ...names.filter(isConflictCopyName),
  ];
  for (const name of ordered) {
    if (isTemporaryName(name)) continue;
    const path = join(folder, name);
    const reason = await skipReasonOf(path, site, byFileId);
    if (typeof reason === 'string') {
      scan.skipped.push({ name, reason });
      continue;
    }
    const file = { path, name, header: reason };
    byFileId.set(reason.fileId, file);
    scan.files.push(file);
  }
  scan.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scan;
}

async function skipReasonOf(
  path: string,
  site: { siteId: string; isImported: (fileId: string) => boolean },
  seen: Map<string, IncomingFile>,
): Promise<SkipReason | SyncFileHeader> {
  let header: SyncFileHeader;
  try {
    const sizeBefore = (await stat(path)).size;
    header = await readSyncFileHeader(path);
    // A file that grows while we look is still being copied: take it on the next scan.
    if ((await stat(path)).size !== sizeBefore) return 'incomplete';
  } catch (error) {
    if (!isPristavError(error)) return 'unreadable';
    if (error.code === 'SYNC_FILE_TRUNCATED') return 'incomplete';
    // Written by a newer Přístav: listed, so the screen can say "update Přístav first".
    if (error.code === 'SYNC_FILE_TOO_NEW') return 'tooNew';
    return 'unreadable';
  }
  if (header.recipientSiteId !== site.siteId) return 'otherRecipient';
  if (site.isImported(header.fileId)) return 'imported';
  if (seen.has(header.fileId)) return 'copy';
  return header;
}
