import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDatabaseKey } from '../../../../db/connection/database-key.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';

/*
 * SQLite3 Multiple Ciphers encrypts the database and its WAL, not SQLite's temporary files
 * (`etilqs_…` in /var/tmp, unlinked at once but written to the disk). A VACUUM copies every
 * page into one and a large sort spills rows into them — in clear. An encrypted database keeps
 * them in memory (database-key.ts). The child does both on a 40 MB file while this test reads
 * its open file descriptors (Linux /proc) every few milliseconds.
 */

const child = join(import.meta.dirname, 'temp-files-child.ts');

/** The names of temporary files the process `pid` held open at any moment until it exited. */
async function temporaryFilesOpenedBy(args: string[]): Promise<Set<string>> {
  const running = spawn(process.execPath, [...process.execArgv, child, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  running.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const seen = new Set<string>();
  const exited = new Promise<number | null>((resolve) => running.once('exit', resolve));
  let isRunning = true;
  void exited.then(() => (isRunning = false));
  while (isRunning) {
    try {
      for (const fd of readdirSync(`/proc/${running.pid}/fd`)) {
        try {
          const target = readlinkSync(`/proc/${running.pid}/fd/${fd}`);
          if (target.includes('etilqs_')) seen.add(target);
        } catch {
          // The descriptor closed between the listing and the read.
        }
      }
    } catch {
      // The process is gone.
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  expect(await exited).toBe(0);
  expect(output).toContain('done');
  return seen;
}

describe.runIf(process.platform === 'linux')('temporary files of an encrypted database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  it('never reach the disk: a VACUUM and a large sort stay in memory', async () => {
    const opened = await temporaryFilesOpenedBy([
      join(temp.dir, 'encrypted.sqlite'),
      generateDatabaseKey(),
    ]);
    expect([...opened]).toEqual([]);
  }, 120_000);

  it('are files on disk for a plain database (what the test above would see without it)', async () => {
    const opened = await temporaryFilesOpenedBy([join(temp.dir, 'plain.sqlite')]);
    expect(opened.size).toBeGreaterThan(0);
  }, 120_000);
});
