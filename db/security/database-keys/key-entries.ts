import { isRawKey } from '../../connection/database-key.ts';
import type { Store } from '../../store.ts';
import {
  hasEntryFor,
  type KeyFile,
  keyFilePath,
  readKeyFile,
  unwrapWithPassword,
  withEntry,
  wrapForPassword,
  writeKeyFile,
} from './key-file.ts';

/**
 * Keeps a user's entry in the key file in step with their password: users.add and
 * users.setPassword know the password at that moment, and a sign-in writes the entry of a user
 * who has none yet (one who came from another office in a sync file) or whose entry no longer
 * opens with the password they signed in with (it was changed at another office, or renamed
 * there). Nothing happens for a plain database, or one opened with PRISTAV_DB_KEY and no key
 * file.
 *
 * The entry is sealed before the database is written (scrypt takes ~0.1 s, and a damaged key
 * file refuses the call before anything changes); the returned function writes it after.
 */
export async function sealKeyEntry(
  store: Store,
  user: { id: string; name: string },
  password: string,
  options: { onlyIfStale?: boolean } = {},
): Promise<() => void> {
  const key = store.key;
  if (key === undefined || !isRawKey(key)) return () => {};
  const path = keyFilePath(store.file);
  const current = readKeyFile(path);
  if (current === null) return () => {};
  if (options.onlyIfStale === true && (await opensWith(current, user, password)) === key) {
    return () => {};
  }
  const entry = await wrapForPassword(key, user, password);
  return () => writeKeyFile(path, withEntry(readKeyFile(path) ?? current, entry));
}

/**
 * A disabled user's password no longer opens the file. The user is disabled already: a key file
 * that cannot be read (damaged) is left as it is rather than failing the call.
 */
export function forgetKeyEntry(store: Store, userId: string): void {
  const path = keyFilePath(store.file);
  let current: ReturnType<typeof readKeyFile> = null;
  try {
    current = store.key === undefined ? null : readKeyFile(path);
  } catch {
    return;
  }
  if (current === null || !hasEntryFor(current, userId)) return;
  writeKeyFile(path, { ...current, entries: current.entries.filter((e) => e.userId !== userId) });
}

/** What this user's own entry opens with the password (null: none, or another password). */
function opensWith(
  file: KeyFile,
  user: { id: string; name: string },
  password: string,
): Promise<string | null> {
  if (!hasEntryFor(file, user.id)) return Promise.resolve(null);
  const own = { ...file, entries: file.entries.filter((entry) => entry.userId === user.id) };
  return unwrapWithPassword(own, user.name, password);
}
