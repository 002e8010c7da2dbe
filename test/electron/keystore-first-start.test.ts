import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptKeyPath, readKeptKey } from '../../db/security/database-keys/os-keystore.ts';
import { encryptedDatabase, ipcCall, petra, recorderKeystore } from './keystore-fixture.ts';
import { loadBuiltMain, type LoadedElectronApp } from './load-built-electron.ts';

/**
 * The desktop app's first start on an encrypted database where the OS has a keystore
 * (safeStorage): nothing is kept yet, so the window asks (database.unlock); the first right
 * password keeps the key with the keystore, beside the database, for the next start
 * (keystore-next-start.test.ts).
 */

let loaded: LoadedElectronApp;
let database: Awaited<ReturnType<typeof encryptedDatabase>>;
const savedDb = process.env.PRISTAV_DB;

beforeAll(async () => {
  database = await encryptedDatabase();
  process.env.PRISTAV_DB = database.file;
  loaded = await loadBuiltMain({ 'index.html': '<!doctype html><title>t</title>' });
  loaded.recorder.configureKeystore({ isAvailable: true, backend: 'gnome_libsecret' });
  await loaded.recorder.emitReady();
});

afterAll(() => {
  loaded?.dispose();
  database?.cleanup();
  if (savedDb === undefined) delete process.env.PRISTAV_DB;
  else process.env.PRISTAV_DB = savedDb;
});

describe('the first start with an OS keystore', () => {
  it('asks for the keystore only once the app is ready', () => {
    // The recorder's safeStorage throws before ready, as Electron's does.
    expect(loaded.recorder.keystoreCalls()[0]).toBe('isEncryptionAvailable');
  });

  it('is locked until a right password unlocks it, and then keeps the key sealed', async () => {
    expect(await ipcCall(loaded, 'app.info')).toMatchObject({
      ok: false,
      error: {
        code: 'DB_LOCKED',
        message: 'Databáze je zašifrovaná — přihlaste se svým jménem a heslem.',
      },
    });
    expect(
      await ipcCall(loaded, 'database.unlock', { ...petra, password: 'spatne-heslo' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: 'Nesprávné jméno nebo heslo.' },
    });
    expect(existsSync(keptKeyPath(database.file))).toBe(false);

    expect(await ipcCall(loaded, 'database.unlock', petra)).toMatchObject({
      ok: true,
      value: { user: { name: petra.userName } },
    });
    expect(await ipcCall(loaded, 'app.info')).toMatchObject({
      ok: true,
      value: { site: { name: 'Centrum' } },
    });
    expect(loaded.recorder.keystoreCalls()).toContain('encryptString');
    expect(readKeptKey(database.file, recorderKeystore(loaded))).toBe(database.key);
    expect(readFileSync(keptKeyPath(database.file), 'utf8')).not.toContain(
      database.key.slice(2, 66),
    );
  });
});
