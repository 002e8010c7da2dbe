import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fillScale } from '../../db/demo/scale-demo.ts';
import { knownSchemaVersion } from '../../db/migrations/index.ts';
import { openStore } from '../../db/open-app.ts';

const prefix = 'pristav-bench-demo-';

export interface DemoCache {
  file: string;
  /** Seconds the generation took, or null when the cached file was reused. */
  generatedIn: number | null;
  bytes: number;
}

function removeDatabaseFiles(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * `demo --scale N --years Y` in a file under the OS temp folder, generated once and reused:
 * the name carries everything the data depends on (size, years, seed, schema version and the
 * last year, which follows the clock). Generation writes to a `.partial` file renamed when
 * complete, so an interrupted run is never taken for a cache. Caches of other parameters are
 * removed first: at 300 000 clients × 5 years one is tens of gigabytes.
 */
export async function demoCache(options: {
  clients: number;
  years: number;
  seed: number;
}): Promise<DemoCache> {
  const lastYear = new Date().getUTCFullYear() - 1;
  const name = `${prefix}${options.clients}x${options.years}-seed${options.seed}-schema${knownSchemaVersion}-to${lastYear}.sqlite`;
  const file = join(tmpdir(), name);
  if (existsSync(file)) return { file, generatedIn: null, bytes: statSync(file).size };

  for (const stale of readdirSync(tmpdir()).filter((entry) => entry.startsWith(prefix))) {
    console.error(`removing stale benchmark data ${stale}`);
    rmSync(join(tmpdir(), stale), { force: true });
  }
  const partial = `${file}.partial`;
  removeDatabaseFiles(partial);
  const started = performance.now();
  const store = await openStore({ file: partial, mode: 'create' });
  try {
    fillScale(store, {
      ...options,
      onProgress: (p) =>
        console.error(
          `demo --scale ${options.clients} --years ${options.years}: ${p.clients} clients, ` +
            `${p.rows} rows, ${p.operations} operations, ` +
            `${((performance.now() - started) / 1000).toFixed(0)} s`,
        ),
    });
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.sqlite.close();
  } catch (error) {
    store.sqlite.close();
    removeDatabaseFiles(partial);
    throw error;
  }
  const generatedIn = (performance.now() - started) / 1000;
  renameSync(partial, file);
  return { file, generatedIn, bytes: statSync(file).size };
}
