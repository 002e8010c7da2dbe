import { type FileHandle, open } from 'node:fs/promises';
import {
  END_MARKER,
  layoutOf,
  MAGIC,
  MAX_HEADER_BYTES,
  PREAMBLE_BYTES,
  SYNC_FILE_FORMAT_VERSION,
  type SyncFileLayout,
  TRAILER_BYTES,
} from './format.ts';
import { parseHeader, type SyncFileHeader } from './header.ts';
import { FileShrankError, readExactly } from './read-range.ts';
import { syncFileError } from './sync-file-error.ts';

export interface SyncFileStructure {
  header: SyncFileHeader;
  layout: SyncFileLayout;
  /** Preamble + header exactly as in the file: the GCM associated data. */
  associatedData: Buffer;
}

/**
 * The plaintext header of a file, without any key: who sent it, to whom, what it holds. For
 * listing a sync folder. Nothing in it is authenticated yet — openSyncFile checks it.
 */
export async function readSyncFileHeader(path: string): Promise<SyncFileHeader> {
  const handle = await open(path, 'r');
  try {
    return (await readStructure(handle, path)).header;
  } finally {
    await handle.close();
  }
}

/**
 * Checks a file's frame, most telling fault first, reading at most the preamble, the header
 * (capped) and the end marker: a garbage or hostile file costs a bounded read.
 */
export async function readStructure(handle: FileHandle, path: string): Promise<SyncFileStructure> {
  try {
    const { size } = await handle.stat();
    const preamble = await readExactly(handle, 0, Math.min(size, PREAMBLE_BYTES));
    const magicSeen = Math.min(preamble.length, MAGIC.length);
    if (size === 0 || !preamble.subarray(0, magicSeen).equals(MAGIC.subarray(0, magicSeen)))
      throw syncFileError('SYNC_FILE_NOT_RECOGNISED', path);
    if (size < PREAMBLE_BYTES) throw syncFileError('SYNC_FILE_TRUNCATED', path);

    // The version comes before any other check: a newer format may be laid out differently.
    const version = preamble.readUInt16BE(MAGIC.length);
    if (version > SYNC_FILE_FORMAT_VERSION)
      throw syncFileError('SYNC_FILE_TOO_NEW', path, {
        found: version,
        known: SYNC_FILE_FORMAT_VERSION,
      });
    if (version < 1) throw syncFileError('SYNC_FILE_HEADER_MALFORMED', path, { detail: 'version' });

    const headerBytes = preamble.readUInt32BE(MAGIC.length + 2);
    if (headerBytes < 2 || headerBytes > MAX_HEADER_BYTES)
      throw syncFileError('SYNC_FILE_HEADER_MALFORMED', path, { detail: 'length' });
    if (size < PREAMBLE_BYTES + headerBytes + TRAILER_BYTES)
      throw syncFileError('SYNC_FILE_TRUNCATED', path);
    const end = await readExactly(handle, size - END_MARKER.length, END_MARKER.length);
    if (!end.equals(END_MARKER)) throw syncFileError('SYNC_FILE_TRUNCATED', path);

    const headerData = await readExactly(handle, PREAMBLE_BYTES, headerBytes);
    return {
      header: parseHeader(headerData, path),
      layout: layoutOf(size, headerBytes),
      associatedData: Buffer.concat([preamble, headerData]),
    };
  } catch (error) {
    // The file shrank while we read it (still being copied): incomplete, as far as we can tell.
    if (error instanceof FileShrankError) throw syncFileError('SYNC_FILE_TRUNCATED', path);
    throw error;
  }
}
