import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Flushes a file to the disk, so a power cut cannot undo what was written. */
export function flushFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a rename is durable only then). Windows cannot open a folder
 * as a file; NTFS journals its renames itself, so there it is left out.
 */
export function flushFolder(path: string): void {
  if (process.platform === 'win32') return;
  flushFile(path);
}
