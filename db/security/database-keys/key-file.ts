import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PristavError } from '../../errors.ts';
import { isRawKey } from '../../connection/database-key.ts';
import { nameKey } from '../sign-in-attempts.ts';

/*
 * The key file beside an encrypted database (`pristav.sqlite.keys.json`, mode 0600): the
 * database's random key, wrapped once per user with a key derived from that user's password
 * (scrypt N = 2^15, r = 8, as the password hashes; a salt and a nonce per entry; AES-256-GCM
 * with the user's id and folded name as associated data, so an entry cannot be moved to
 * another name). Whoever knows a user's password can open the file; the file alone opens
 * nothing. A wrong password and an altered entry look alike (the tag does not match): both
 * answer "wrong name or password". A file that is not a key file at all is refused with its
 * own message.
 */

const format = 'pristav-db-keys';
const cost = { log2N: 15, r: 8, p: 1 };

export interface PasswordEntry {
  kind: 'password';
  userId: string;
  /** nameKey() of the user's name: how the CLI finds the entry before the database is open. */
  nameKey: string;
  log2N: number;
  r: number;
  p: number;
  salt: string;
  nonce: string;
  sealed: string;
}

export interface KeyFile {
  format: typeof format;
  version: 1;
  entries: PasswordEntry[];
}

export function keyFilePath(databaseFile: string): string {
  return `${databaseFile}.keys.json`;
}

export function emptyKeyFile(): KeyFile {
  return { format, version: 1, entries: [] };
}

/** The key file, or null when there is none; a file that is not one is refused. */
export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new PristavError('DB_KEY_FILE_DAMAGED', { path });
  }
  if (!isKeyFile(parsed)) throw new PristavError('DB_KEY_FILE_DAMAGED', { path });
  return parsed;
}

/** Written under a temporary name and renamed: a crash leaves the old file or the new one. */
export function writeKeyFile(path: string, file: KeyFile): void {
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  renameSync(partial, path);
}

/** The database key wrapped with this user's password. */
export async function wrapForPassword(
  databaseKey: string,
  user: { id: string; name: string },
  password: string,
): Promise<PasswordEntry> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const wrapping = await derive(password, salt, cost.log2N, cost.r, cost.p);
  const cipher = createCipheriv('aes-256-gcm', wrapping, nonce);
  cipher.setAAD(associatedData(user.id, nameKey(user.name)));
  const sealed = Buffer.concat([
    cipher.update(databaseKey, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return {
    kind: 'password',
    userId: user.id,
    nameKey: nameKey(user.name),
    ...cost,
    salt: salt.toString('base64url'),
    nonce: nonce.toString('base64url'),
    sealed: sealed.toString('base64url'),
  };
}

/** The database key, or null when no entry of this name opens with the password. */
export async function unwrapWithPassword(
  file: KeyFile,
  userName: string,
  password: string,
): Promise<string | null> {
  const key = nameKey(userName);
  for (const entry of file.entries.filter((one) => one.nameKey === key)) {
    const wrapping = await derive(
      password,
      Buffer.from(entry.salt, 'base64url'),
      entry.log2N,
      entry.r,
      entry.p,
    );
    const sealed = Buffer.from(entry.sealed, 'base64url');
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        wrapping,
        Buffer.from(entry.nonce, 'base64url'),
      );
      decipher.setAAD(associatedData(entry.userId, entry.nameKey));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      const plain = Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - 16)),
        decipher.final(),
      ]).toString('utf8');
      if (isRawKey(plain)) return plain;
    } catch {
      // The tag did not match: another password, or an altered entry.
    }
  }
  return null;
}

/** The file with this user's entry added or replaced. */
export function withEntry(file: KeyFile, entry: PasswordEntry): KeyFile {
  return {
    ...file,
    entries: [...file.entries.filter((one) => one.userId !== entry.userId), entry],
  };
}

export function hasEntryFor(file: KeyFile, userId: string): boolean {
  return file.entries.some((entry) => entry.userId === userId);
}

function associatedData(userId: string, folded: string): Buffer {
  return Buffer.from(`${format}\u0000${userId}\u0000${folded}`, 'utf8');
}

function derive(
  password: string,
  salt: Buffer,
  log2N: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const N = 2 ** log2N;
    scrypt(password.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function isKeyFile(value: unknown): value is KeyFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<KeyFile>;
  return (
    file.format === format &&
    file.version === 1 &&
    Array.isArray(file.entries) &&
    file.entries.every(isPasswordEntry)
  );
}

function isPasswordEntry(value: unknown): value is PasswordEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const isText = (name: string) => typeof entry[name] === 'string' && entry[name] !== '';
  const isCost = (name: string, max: number) =>
    Number.isInteger(entry[name]) && (entry[name] as number) > 0 && (entry[name] as number) <= max;
  return (
    entry.kind === 'password' &&
    ['userId', 'nameKey', 'salt', 'nonce', 'sealed'].every(isText) &&
    isCost('log2N', 20) &&
    isCost('r', 32) &&
    isCost('p', 4)
  );
}
