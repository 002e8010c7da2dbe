import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmas } from '../../connection/database-key.ts';

/**
 * What a worker read from one database file, before anyone judges it (backup-judgement.ts).
 * `error` is the SQLite error that stopped the reading, if any.
 */
export interface FileFacts {
  path: string;
  bytes: number;
  /** Starts with SQLite's plain header: the file is not encrypted. */
  isPlain: boolean;
  /** A plain file that the key cannot open: whether it is a Přístav database without a key. */
  isPlainPristav: boolean;
  error: { code: string; message: string } | null;
  /** Names in kysely_migration; null when the file has no such table. */
  migrations: string[] | null;
  siteId: string | null;
  siteName: string | null;
  siteTown: string | null;
  organisationId: string | null;
  counts: { clients: number; acts: number; courses: number; loans: number } | null;
  /** quick_check's findings (empty: sound); null when the pages were not checked. */
  problems: string[] | null;
}

export type WorkerTask =
  | { kind: 'inspect'; files: string[]; check: boolean }
  /** VACUUM INTO `target` from `source`, flushed, then inspected with the page check. */
  | { kind: 'write'; source: string; target: string };

/*
 * The worker's whole source, evaluated rather than loaded from a file so that the same code
 * runs from the TypeScript sources and from the Electron bundle, which has no separate worker
 * file (as in connection/integrity-check.ts). A backup of a large register reads and writes
 * gigabytes: on the event loop that serves the UI it would freeze every screen for minutes.
 *
 * The snapshot is written with VACUUM INTO, not with SQLite's online backup API: better-sqlite3
 * opens the backup API's target on a connection of its own without a key, and SQLite3 Multiple
 * Ciphers then refuses to copy encrypted pages into it ("backup is not supported with
 * incompatible source and target databases"; URI filenames that could carry the key are off in
 * this build). VACUUM INTO writes one consistent snapshot (WAL included) with the source's
 * cipher and key, so a backup is exactly as encrypted as the file; it also leaves out free
 * pages. It runs on a read-only connection of its own: in WAL mode the app goes on writing.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Sqlite = require(workerData.driver);
const key = workerData.key;

function open(file) {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  // The app may be checkpointing its WAL at this moment: wait a little rather than fail.
  db.pragma('busy_timeout = 5000');
  for (const pragma of workerData.keyPragmas) db.pragma(pragma);
  return db;
}

function hasTable(db, name) {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck().get(name) > 0;
}

function meta(db, name) {
  const value = db.prepare('SELECT value FROM local_meta WHERE key = ?').pluck().get(name);
  return typeof value === 'string' ? value : null;
}

function count(db, table) {
  return hasTable(db, table)
    ? db.prepare('SELECT count(*) FROM "' + table + '" WHERE deleted = 0').pluck().get()
    : 0;
}

function inspect(path, check) {
  const facts = {
    path, bytes: 0, isPlain: false, isPlainPristav: false, error: null, migrations: null, siteId: null,
    siteName: null, siteTown: null, organisationId: null, counts: null, problems: null,
  };
  let db = null;
  try {
    const stat = fs.statSync(path);
    // A folder, a device or a pipe is no backup, and reading a pipe would wait for ever.
    if (!stat.isFile()) {
      facts.error = { code: 'ENOTREG', message: 'not a regular file' };
      return facts;
    }
    facts.bytes = stat.size;
    const head = Buffer.alloc(16);
    const fd = fs.openSync(path, 'r');
    try { fs.readSync(fd, head, 0, 16, 0); } finally { fs.closeSync(fd); }
    facts.isPlain = head.toString('latin1') === 'SQLite format 3\\u0000';
    db = open(path);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    if (hasTable(db, 'kysely_migration')) {
      facts.migrations = db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all();
    }
    if (hasTable(db, 'local_meta')) {
      facts.siteId = meta(db, 'site_id');
      facts.organisationId = meta(db, 'organisation_id');
    }
    if (facts.siteId !== null && hasTable(db, 'sites')) {
      const site = db.prepare('SELECT name, town FROM sites WHERE id = ?').get(facts.siteId);
      if (site) { facts.siteName = site.name; facts.siteTown = site.town; }
    }
    facts.counts = {
      clients: count(db, 'clients'),
      acts: count(db, 'service_acts'),
      courses: count(db, 'courses'),
      loans: count(db, 'loans'),
    };
    if (check) {
      facts.problems = db.pragma('quick_check').map((row) => String(Object.values(row)[0]))
        .filter((text) => text !== 'ok');
    }
  } catch (error) {
    facts.error = { code: String(error && error.code || ''), message: String(error && error.message || error) };
    if (facts.isPlain && key !== null && facts.error.code === 'SQLITE_NOTADB') {
      facts.isPlainPristav = hasSchemaWithoutKey(path);
    }
  } finally {
    if (db) db.close();
  }
  return facts;
}

function hasSchemaWithoutKey(path) {
  try {
    const plain = new Sqlite(path, { readonly: true, fileMustExist: true });
    try { return hasTable(plain, 'kysely_migration'); } finally { plain.close(); }
  } catch {
    return false;
  }
}

function write(source, target) {
  const db = open(source);
  try { db.prepare('VACUUM INTO ?').run(target); } finally { db.close(); }
  const fd = fs.openSync(target, 'r');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  return [inspect(target, true)];
}

const task = workerData.task;
try {
  const result = task.kind === 'write'
    ? write(task.source, task.target)
    : task.files.map((file) => inspect(file, task.check));
  parentPort.postMessage({ ok: true, result });
} catch (error) {
  parentPort.postMessage({ ok: false, code: String(error && error.code || ''), message: String(error && error.message || error) });
}
`;

/** A failure of the work itself (VACUUM INTO could not write: a full disk, a missing folder). */
export class WorkerTaskError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Runs one task in a worker thread with its own connections; resolves with what it read. */
export function runBackupWorker(task: WorkerTask, key: string | undefined): Promise<FileFacts[]> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { driver, key: key ?? null, keyPragmas: keyPragmas(key), task },
  });
  return new Promise((resolve, reject) => {
    // A worker that dies without answering (out of memory) must not leave the caller waiting.
    worker.once('exit', (code) => reject(new WorkerTaskError('', `worker exited (${code})`)));
    type Reply = { ok: true; result: FileFacts[] } | { ok: false; code: string; message: string };
    worker.once('message', (reply: Reply) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(new WorkerTaskError(reply.code, reply.message));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      reject(new WorkerTaskError('', error.message));
    });
  });
}
