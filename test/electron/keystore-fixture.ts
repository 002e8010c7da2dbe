import { join } from 'node:path';
import type { Result } from '../../db/contract/result.ts';
import {
  keyFilePath,
  readKeyFile,
  unwrapWithPassword,
} from '../../db/security/database-keys/key-file.ts';
import type { OsKeystore } from '../../db/security/database-keys/os-keystore.ts';
import { cliWith } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import type { LoadedElectronApp } from './load-built-electron.ts';

/*
 * The built main process on an encrypted database (made with `init --password`), with the
 * recorder's safeStorage standing in for the OS keystore: each test file is one start of the
 * desktop app (main is loaded once per process).
 */

export const petra = { userName: 'Petra Sovová', password: 'spravce-2026' };

/** An encrypted database with its key file in a temp folder; the key, for the checks. */
export async function encryptedDatabase() {
  const temp = makeTempDir();
  const file = join(temp.dir, 'pristav.sqlite');
  const init = await cliWith(
    {},
    ...['--db', file, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq'],
    ...['--admin', petra.userName, '--password', petra.password],
  );
  if (init.code !== 0) throw new Error(init.stderr);
  const keys = readKeyFile(keyFilePath(file))!;
  const key = (await unwrapWithPassword(keys, petra.userName, petra.password))!;
  return { ...temp, file, key };
}

/** The recorder's safeStorage as the keystore db/ takes (to seal or open what main kept). */
export function recorderKeystore(loaded: LoadedElectronApp): OsKeystore {
  const { safeStorage } = loaded.recorder;
  return {
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}

type IpcHandler = (event: unknown, method: unknown, input: unknown, lang: unknown) => unknown;

/** A contract call from the app's own page, through main's one IPC handler. */
export function ipcCall(loaded: LoadedElectronApp, method: string, input: unknown = {}) {
  const handler = loaded.recorder.recorded.ipcHandlers.get('pristav:call') as unknown as IpcHandler;
  const event = { senderFrame: { url: 'app://pristav/index.html' } };
  return handler(event, method, input, 'cs') as Promise<Result<unknown>>;
}
