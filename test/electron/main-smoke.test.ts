import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltMain, type LoadedElectronApp } from './load-built-electron.ts';

/**
 * Runs the real electron/main.ts, built exactly as shipped and loaded with a recorder standing in
 * for `electron` (load-built-electron.ts), against a real temporary database: the wiring (paths,
 * window, IPC, app:// serving) is exercised without an Electron binary. The security rules have
 * their own test, hardening.test.ts.
 */

let loaded: LoadedElectronApp;
let fake: LoadedElectronApp['recorder']['recorded'];
let tempDir: string;
let appPath: string;
const savedDb = process.env.PRISTAV_DB;

type IpcHandler = (
  event: unknown,
  method: unknown,
  input: unknown,
  lang: unknown,
) => Promise<unknown>;

function call(method: unknown, lang: unknown = 'cs', frameUrl = 'app://pristav/index.html') {
  const handler = fake.ipcHandlers.get('pristav:call') as unknown as IpcHandler;
  return handler({ senderFrame: { url: frameUrl } }, method, undefined, lang) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  }>;
}

function serve(url: string) {
  const handler = fake.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return Promise.resolve(handler(new Request(url)));
}

beforeAll(async () => {
  delete process.env.PRISTAV_DB;
  loaded = await loadBuiltMain({
    'index.html': '<!doctype html><title>t</title>',
    // Beside dist/renderer, where a traversal out of it would land.
    '../secret.txt': 'not for the page',
  });
  fake = loaded.recorder.recorded;
  tempDir = loaded.appData;
  appPath = loaded.appPath;
  await loaded.recorder.emitReady();
});

afterAll(() => {
  loaded?.dispose();
  if (savedDb !== undefined) process.env.PRISTAV_DB = savedDb;
});

describe('electron main process', () => {
  it('keeps its data in the "Přístav" folder the CLI uses, and sandboxes every renderer', () => {
    expect(fake.name).toBe('Přístav');
    expect(fake.paths.userData).toBe(join(tempDir, 'Přístav'));
    expect(fake.isSandboxEnabled).toBe(true);
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('opens one locked-down window on the app:// renderer with the bundled preload', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.webContents.loadedUrls).toEqual(['app://pristav/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: join(appPath, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(fake.applicationMenu?.map((item) => item.label)).toEqual([
      'Soubor',
      'Úpravy',
      'Zobrazení',
      'Nápověda',
    ]);
  });

  it('answers contract calls from its own page through the real database', async () => {
    const info = await call('app.info');
    expect(info.ok).toBe(true);
    expect(existsSync(join(tempDir, 'Přístav', 'pristav.sqlite'))).toBe(true);
  });

  it('refuses unknown methods and foreign senders with the contract envelope', async () => {
    expect(await call('clients.dropAll', 'en')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown operation "clients.dropAll".' },
    });
    const foreign = await call('app.info', 'cs', 'https://evil.example/');
    expect(foreign.error?.code).toBe('FORBIDDEN');
    expect(foreign.value).toBeUndefined();
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await serve('app://pristav/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    for (const url of [
      'app://pristav/..%2Fsecret.txt',
      'app://pristav/..%2F..%2F..%2Fsecret.txt',
      'app://pristav/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://other/index.html',
    ]) {
      expect((await serve(url)).status, url).toBe(404);
    }
  });
});
