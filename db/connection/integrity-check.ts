import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3-multiple-ciphers';
import type { DatabaseHealth } from '../contract/domain.ts';
import type { Store } from '../store.ts';
import { keyPragmas } from './database-key.ts';

/** How many problem lines are kept: the first few say enough to a person and to support. */
const shownProblems = 3;

/**
 * The worker's whole source. It is evaluated rather than loaded from a file so that the same
 * code runs from TypeScript sources and from the Electron bundle, which has no separate worker
 * file. It opens its own read-only connection: WAL lets it read a consistent snapshot while the
 * app goes on writing, and the check's seconds never block the event loop that serves the UI.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
let problems;
try {
  const db = new Sqlite(workerData.file, { readonly: true, fileMustExist: true });
  try {
    for (const pragma of workerData.keyPragmas) db.pragma(pragma);
    problems = db.pragma(workerData.pragma).map((row) => String(Object.values(row)[0]));
  } finally {
    db.close();
  }
} catch (error) {
  problems = [String(error && error.message ? error.message : error)];
}
parentPort.postMessage(problems.filter((text) => text !== 'ok'));
`;

export type CheckDepth = 'quick' | 'full';

const pragmaOf = (depth: CheckDepth) => (depth === 'full' ? 'integrity_check' : 'quick_check');

/**
 * Reads every page of the file in a worker thread and records the outcome on the store. A
 * failed check is shown by the UI at once (app.info) and makes the connection read-only, so
 * nothing more is written into a damaged file: people can still read and export their records.
 */
export function checkIntegrityInBackground(
  store: Store,
  options: { key?: string; depth?: CheckDepth } = {},
): Promise<DatabaseHealth> {
  store.health = { state: 'checking' };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      driver,
      file: store.file,
      keyPragmas: keyPragmas(options.key),
      pragma: pragmaOf(options.depth ?? 'quick'),
    },
  });
  // A check must never keep a closing CLI or test process alive.
  worker.unref();
  return new Promise((resolve) => {
    const finish = (problems: string[]) => {
      void worker.terminate();
      resolve(recordOutcome(store, problems));
    };
    worker.once('message', (problems: string[]) => finish(problems));
    worker.once('error', (error) => finish([error.message]));
  });
}

/** The same check on the app's own connection, for `pristav check`: blocking is its purpose. */
export function checkIntegrityNow(store: Store, depth: CheckDepth = 'full'): DatabaseHealth {
  let problems: string[];
  try {
    const rows = store.sqlite.pragma(pragmaOf(depth)) as Record<string, unknown>[];
    problems = rows.map((row) => String(Object.values(row)[0])).filter((t) => t !== 'ok');
  } catch (error) {
    // Damage bad enough that SQLite cannot even walk the tree stops the check with an error.
    const code = String((error as { code?: unknown }).code ?? '');
    if (!code.startsWith('SQLITE_CORRUPT') && code !== 'SQLITE_NOTADB') throw error;
    problems = [(error as Error).message];
  }
  return recordOutcome(store, problems);
}

function recordOutcome(store: Store, problems: string[]): DatabaseHealth {
  const checkedAt = new Date().toISOString();
  if (problems.length === 0) {
    // A check that started before a failure was found must not clear it.
    if (store.health.state !== 'failed') store.health = { state: 'ok', checkedAt };
    return store.health;
  }
  store.health = {
    state: 'failed',
    checkedAt,
    detail: problems.slice(0, shownProblems).join('; '),
  };
  stopWrites(store.sqlite);
  return store.health;
}

function stopWrites(sqlite: Sqlite.Database): void {
  if (sqlite.open) sqlite.pragma('query_only = ON');
}
