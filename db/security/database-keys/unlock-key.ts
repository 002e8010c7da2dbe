import { existsSync } from 'node:fs';
import { PristavError } from '../../errors.ts';
import { isPlainDatabaseFile } from './encrypt-file.ts';
import { keyFilePath, readKeyFile, unwrapWithPassword } from './key-file.ts';

/**
 * The key of an encrypted database with a key file beside it, unwrapped with a user's name and
 * password given at start (PRISTAV_USER and PRISTAV_PASSWORD: scripts and tests; people unlock
 * in the window, db/start-app.ts). Undefined when there is nothing to unwrap or nobody to
 * unwrap it with. A wrong name or password is SIGN_IN_FAILED; a damaged key file
 * DB_KEY_FILE_DAMAGED.
 */
export async function unlockDatabaseKey(
  file: string,
  credentials: { userName: string; password: string } | undefined,
): Promise<string | undefined> {
  if (credentials === undefined || !existsSync(file) || isPlainDatabaseFile(file)) {
    return undefined;
  }
  const keyFile = readKeyFile(keyFilePath(file));
  if (keyFile === null) return undefined;
  const key = await unwrapWithPassword(keyFile, credentials.userName, credentials.password);
  if (key === null) {
    throw new PristavError('SIGN_IN_FAILED');
  }
  return key;
}

/** PRISTAV_USER and PRISTAV_PASSWORD, when both are set. */
export function credentialsFrom(
  env: Record<string, string | undefined>,
): { userName: string; password: string } | undefined {
  const userName = env.PRISTAV_USER;
  const password = env.PRISTAV_PASSWORD;
  return userName && password !== undefined ? { userName, password } : undefined;
}
