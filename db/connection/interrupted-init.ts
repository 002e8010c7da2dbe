import { statSync } from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './database-key.ts';

/**
 * Whether a file is what an `init` killed before it set the site up leaves behind: an empty
 * file, a database with no tables yet, or a Přístav schema without a site. `init` may carry on
 * with such a file. Anything else — a set-up site, another program's database, a file that is
 * not a database — is not ours to continue, and init still refuses it.
 */
export function isInterruptedInit(file: string, key?: string): boolean {
  if (statSync(file).size === 0) return true;
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(file, { fileMustExist: true });
    applyKey(sqlite, key);
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (tables.length === 0) return true;
    if (!tables.includes('kysely_migration') || !tables.includes('local_meta')) return false;
    return !sqlite.prepare("SELECT 1 FROM local_meta WHERE key = 'site_id'").get();
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}
