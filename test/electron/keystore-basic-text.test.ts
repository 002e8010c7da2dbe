import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptKeyPath } from '../../db/security/database-keys/os-keystore.ts';
import { encryptedDatabase, ipcCall, petra } from './keystore-fixture.ts';
import { loadBuiltMain, type LoadedElectronApp } from './load-built-electron.ts';

/**
 * Linux without a secret service: safeStorage says it can encrypt, but with "basic_text" — a
 * password built into Chromium, which keeps nothing from whoever copies the files. The app
 * treats that as no keystore: it asks for the password at every start and keeps nothing.
 */

let loaded: LoadedElectronApp;
let database: Awaited<ReturnType<typeof encryptedDatabase>>;
const savedDb = process.env.PRISTAV_DB;

beforeAll(async () => {
  database = await encryptedDatabase();
  process.env.PRISTAV_DB = database.file;
  loaded = await loadBuiltMain({ 'index.html': '<!doctype html><title>t</title>' });
  loaded.recorder.configureKeystore({ isAvailable: true, backend: 'basic_text' });
  await loaded.recorder.emitReady();
});

afterAll(() => {
  loaded?.dispose();
  database?.cleanup();
  if (savedDb === undefined) delete process.env.PRISTAV_DB;
  else process.env.PRISTAV_DB = savedDb;
});

describe.runIf(process.platform === 'linux')('safeStorage with the basic_text backend', () => {
  it('is no keystore: the password unlocks, and nothing is kept', async () => {
    expect(await ipcCall(loaded, 'app.info')).toMatchObject({ error: { code: 'DB_LOCKED' } });
    expect(await ipcCall(loaded, 'database.unlock', petra)).toMatchObject({ ok: true });
    expect(existsSync(keptKeyPath(database.file))).toBe(false);
    expect(loaded.recorder.keystoreCalls()).not.toContain('encryptString');
  });
});
