import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private temporary folder for files on their way in or out (an uploaded sync file, the
 * sync file inside an enrolment), removed afterwards whatever happens. The files in it are
 * encrypted sync files; mkdtemp makes the folder readable by this user only.
 */
export async function withScratchFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'pristav-sync-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
