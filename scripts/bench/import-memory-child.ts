import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../../db/api.ts';
import type { ImportStatus } from '../../db/contract/legacy-import.ts';
import { newId } from '../../db/ids.ts';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import type { Store } from '../../db/store.ts';

/**
 * One legacy import in a process of its own, so that its peak resident size (the kernel's
 * maxRSS) is the import's alone: `node import-memory-child.ts app|raw FOLDER DATABASE`.
 * Prints `{"ms", "peakKiB", "startKiB"}`; startKiB is the size before the import began.
 */
const [mode, folder, file] = process.argv.slice(2);
if ((mode !== 'app' && mode !== 'raw') || !folder || !file) {
  throw new Error('usage: import-memory-child.ts app|raw FOLDER DATABASE');
}
const names = ['clients.csv', 'services.csv'];

async function importThroughApi(store: Store): Promise<void> {
  const api = createApi(store);
  // As the CLI and the import screen send them: the files' bytes in base64.
  const files = names.map((name) => ({
    name,
    base64: readFileSync(join(folder!, name)).toString('base64'),
  }));
  const started = await api.invoke('import.start', { source: 'Bench', files, dryRun: false }, 'en');
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    const result = await api.invoke('import.status', { jobId }, 'en');
    if (!result.ok) throw new Error(result.error.message);
    const status = result.value as ImportStatus;
    if (status.state === 'done') return;
    if (status.state !== 'running') throw new Error(`import ${status.state}: ${status.message}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const isoOf = (czech: string) => {
  const [d, m, y] = czech.split('.');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};

/** Each data line of a `;` file, split, without splitting the whole text at once. */
function* dataLines(name: string): Generator<string[]> {
  const text = readFileSync(join(folder!, name), 'utf8');
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    yield text
      .slice(start, end < 0 ? undefined : end)
      .replace(/\r$/, '')
      .split(';');
    start = end + 1;
  }
}

/**
 * The baseline: the same files read and their rows written as plain INSERTs in one
 * transaction, keeping only the ref → id map that any importer of acts needs.
 */
function importRaw(store: Store): void {
  const insertClient = store.sqlite.prepare(
    `INSERT INTO clients (id, family_name, given_names, birth_date, nationality, consent_date)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertAct = store.sqlite.prepare(
    'INSERT INTO service_acts (id, client_id, type, date, town, minutes) VALUES (?, ?, ?, ?, ?, ?)',
  );
  store.sqlite
    .transaction(() => {
      const ids = new Map<string, string>();
      for (const [ref, family, given, birth, nationality, consent] of dataLines('clients.csv')) {
        const id = newId();
        ids.set(ref!, id);
        insertClient.run(id, family, given, birth, nationality, isoOf(consent!));
      }
      for (const [clientRef, date, type, minutes] of dataLines('services.csv')) {
        const value = minutes === '' ? null : Number(minutes);
        insertAct.run(newId(), ids.get(clientRef!), type, isoOf(date!), 'Liberec', value);
      }
    })
    .immediate();
}

const store = await openStore({ file, mode: 'create' });
createSite(store, { name: 'Bench', town: 'Liberec', isHq: true, adminName: 'Bench' });
const startKiB = Math.round(process.memoryUsage().rss / 1024);
const start = performance.now();
if (mode === 'app') await importThroughApi(store);
else importRaw(store);
const ms = performance.now() - start;
store.sqlite.close();
console.log(JSON.stringify({ ms, peakKiB: process.resourceUsage().maxRSS, startKiB }));
