import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepKey } from '../../db/security/database-keys/os-keystore.ts';
import { encryptedDatabase, ipcCall, petra, recorderKeystore } from './keystore-fixture.ts';
import { loadBuiltMain, type LoadedElectronApp } from './load-built-electron.ts';

/**
 * The desktop app's next start: the OS keystore kept the key at the last unlock, so the
 * database opens at start without a password — and people still sign in as usual.
 */

let loaded: LoadedElectronApp;
let database: Awaited<ReturnType<typeof encryptedDatabase>>;
const savedDb = process.env.PRISTAV_DB;

beforeAll(async () => {
  database = await encryptedDatabase();
  process.env.PRISTAV_DB = database.file;
  loaded = await loadBuiltMain({ 'index.html': '<!doctype html><title>t</title>' });
  loaded.recorder.configureKeystore({ isAvailable: true, backend: 'gnome_libsecret' });
  keepKey(database.file, database.key, recorderKeystore(loaded));
  await loaded.recorder.emitReady();
});

afterAll(() => {
  loaded?.dispose();
  database?.cleanup();
  if (savedDb === undefined) delete process.env.PRISTAV_DB;
  else process.env.PRISTAV_DB = savedDb;
});

describe('the next start with the key kept by the OS keystore', () => {
  it('opens the database without asking for the key; people sign in as usual', async () => {
    expect(await ipcCall(loaded, 'app.info')).toMatchObject({
      ok: true,
      value: { site: { name: 'Centrum' } },
    });
    expect(loaded.recorder.keystoreCalls()).toContain('decryptString');
    expect(await ipcCall(loaded, 'session.status')).toMatchObject({
      ok: true,
      value: { isSignInRequired: true, user: null },
    });
    expect(await ipcCall(loaded, 'clients.list')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED' },
    });
    expect(await ipcCall(loaded, 'session.signIn', petra)).toMatchObject({ ok: true });
    expect(await ipcCall(loaded, 'clients.list')).toMatchObject({ ok: true });
  });
});
