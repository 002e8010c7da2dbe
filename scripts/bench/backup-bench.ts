import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { fillScale } from '../../db/demo/scale-demo.ts';
import { openApp, openStore } from '../../db/open-app.ts';
import { runBackupWorker } from '../../db/security/backups/backup-worker.ts';
import { takeBackup } from '../../db/security/backups/take-backup.ts';
import { type BenchResult, median } from './bench-format.ts';

const benchKey = 'bench key – not a secret';

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** `demo --scale N --years Y` into a new file of the run's own folder (removed at the end). */
async function makeRegister(file: string, clients: number, years: number): Promise<number> {
  const seconds = await timed(async () => {
    const store = await openStore({ file, mode: 'create' });
    fillScale(store, { clients, years, seed: 1 });
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.sqlite.close();
  });
  return seconds;
}

/**
 * The same register encrypted, as issue 12 makes new databases: a copy rekeyed in place
 * (SQLite3 Multiple Ciphers encrypts a plain file in rollback-journal mode).
 */
function encryptedCopy(plain: string, file: string): void {
  copyFileSync(plain, file);
  const sqlite = new Sqlite(file);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma(`rekey = '${benchKey}'`);
  sqlite.close();
}

function openRaw(file: string, key: string | undefined, readonly = false): Sqlite.Database {
  const sqlite = new Sqlite(file, { readonly, fileMustExist: true });
  if (key !== undefined) sqlite.pragma(`key = '${key}'`);
  return sqlite;
}

/**
 * One database, plain or encrypted: Přístav's backup (VACUUM INTO in a worker, flushed, then
 * opened with the key and checked — quick_check, schema, site, counts — and renamed), its
 * verification alone, and a restore through the running App (the backup checked page by page,
 * copied beside the file, swapped in, the App reopened on it), each beside the raw
 * better-sqlite3 way of doing the same in this run.
 */
async function benchOne(
  dir: string,
  live: string,
  key: string | undefined,
  label: string,
  runs: number,
): Promise<BenchResult[]> {
  const folder = join(dir, `backups-${key === undefined ? 'plain' : 'encrypted'}`);
  mkdirSync(folder, { recursive: true });
  const keyOption = key === undefined ? {} : { key };
  const app = await openApp({ file: live, mode: 'open', ...keyOption });
  const take: number[] = [];
  const raw: number[] = [];
  const copy: number[] = [];
  const verify: number[] = [];
  const quickCheck: number[] = [];
  const restore: number[] = [];
  const rawRestore: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      let backup = '';
      take.push(
        await timed(async () => {
          backup = (await takeBackup(app.store, { reason: 'manual', folder })).backup.file;
        }),
      );
      const rawTarget = join(dir, 'raw-backup.sqlite');
      raw.push(
        await timed(async () => {
          const source = openRaw(live, key, true);
          // The online backup API cannot write an encrypted copy (backup-worker.ts): the raw
          // way to copy an encrypted database consistently is VACUUM INTO with its key.
          if (key === undefined) await source.backup(rawTarget);
          else source.prepare('VACUUM INTO ?').run(rawTarget);
          source.close();
        }),
      );
      rmSync(rawTarget, { force: true });
      copy.push(await timed(() => copyFileSync(live, rawTarget)));
      rmSync(rawTarget, { force: true });

      verify.push(
        await timed(() => runBackupWorker({ kind: 'inspect', files: [backup], check: true }, key)),
      );
      quickCheck.push(
        await timed(() => {
          const copyOfBackup = openRaw(backup, key, true);
          copyOfBackup.pragma('quick_check');
          copyOfBackup.close();
        }),
      );

      restore.push(
        await timed(async () => {
          const result = await app.api.invoke('backups.restore', { file: backup }, 'en');
          if (!result.ok) throw new Error(result.error.message);
        }),
      );
      for (const name of readdirSync(dir).filter((entry) => entry.includes('before-restore'))) {
        rmSync(join(dir, name), { force: true });
      }
      const rawLive = join(dir, 'raw-restored.sqlite');
      rawRestore.push(
        await timed(() => {
          copyFileSync(backup, rawLive);
          const reopened = openRaw(rawLive, key);
          reopened.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
          reopened.close();
        }),
      );
      rmSync(rawLive, { force: true });
    }
  } finally {
    app.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return [
    {
      name: `backup, ${label}: written, flushed, verified`,
      unit: 's',
      figure: median(take),
      baseline: median(raw),
    },
    {
      name: `… against a file copy (no flush, no check)`,
      unit: 's',
      figure: median(take),
      baseline: median(copy),
    },
    {
      name: `… of which the verification (quick_check, counts)`,
      unit: 's',
      figure: median(verify),
      baseline: median(quickCheck),
    },
    {
      name: `restore, ${label}: checked, swapped, reopened`,
      unit: 's',
      figure: median(restore),
      baseline: median(rawRestore),
    },
  ];
}

/**
 * `npm run bench -- backup`: backup and restore of `demo --scale N --years Y`, plain and
 * encrypted. PRISTAV_BENCH_BACKUP_CLIENTS (default 20 000: a minute or two in all),
 * PRISTAV_BENCH_BACKUP_YEARS (default 1), PRISTAV_BENCH_BACKUP_RUNS (default 3; medians).
 * Baselines: better-sqlite3's `db.backup()` (VACUUM INTO for the encrypted file, which the
 * online backup API cannot copy), a plain file copy, a bare quick_check, and for a restore a
 * copy of the backup opened with a bare connection.
 */
export async function benchBackup(dir: string): Promise<BenchResult[]> {
  const clients = Number(process.env.PRISTAV_BENCH_BACKUP_CLIENTS ?? 20_000);
  const years = Number(process.env.PRISTAV_BENCH_BACKUP_YEARS ?? 1);
  const runs = Number(process.env.PRISTAV_BENCH_BACKUP_RUNS ?? 3);
  const plain = join(dir, 'backup-bench.sqlite');
  const encrypted = join(dir, 'backup-bench-encrypted.sqlite');
  const setup = await makeRegister(plain, clients, years);
  const encrypting = await timed(() => encryptedCopy(plain, encrypted));
  const size = `${(statSync(plain).size / 1e9).toFixed(2)} GB`;
  const register = `${clients.toLocaleString('en').replaceAll(',', ' ')} clients × ${years} y`;
  console.error(`backup bench: ${register}, ${size}, built in ${setup.toFixed(0)} s`);
  try {
    return [
      { name: `backup bench setup: demo --scale, ${register}, ${size}`, unit: 's', figure: setup },
      { name: '… the same file encrypted (rekey)', unit: 's', figure: encrypting },
      ...(await benchOne(dir, plain, undefined, 'plain', runs)),
      ...(await benchOne(dir, encrypted, benchKey, 'encrypted', runs)),
    ];
  } finally {
    for (const file of [plain, encrypted]) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }
}
