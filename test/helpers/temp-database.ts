import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { Store } from '../../db/store.ts';

/**
 * A fresh folder under the OS temp dir, removed by the returned cleanup. Retried: the background
 * integrity check's read-only connection may still create a -shm file in it just after close.
 */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pristav-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}

/** A real database file with the real migrations, and a site already set up. */
export async function openTempStore(options: { now?: () => number; withSite?: boolean } = {}) {
  const { dir, cleanup } = makeTempDir();
  const file = join(dir, 'test.sqlite');
  const store: Store = await openStore({
    file,
    mode: 'create',
    ...(options.now ? { now: options.now } : {}),
  });
  if (options.withSite !== false) {
    createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  }
  return {
    store,
    file,
    dir,
    close: () => {
      store.sqlite.close();
      cleanup();
    },
  };
}
