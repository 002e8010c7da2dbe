import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainBuildOptions } from '../../scripts/build-electron.ts';
import type { FakeElectronState } from './fake-electron.ts';

/**
 * Runs the real electron/main.ts, bundled exactly as shipped but with `electron` swapped for a
 * recorder, against a real temporary database: the wiring (paths, window options, IPC checks,
 * app:// serving, session lock-down) is exercised without an Electron binary.
 */

const projectRoot = resolve(import.meta.dirname, '..', '..');
// Inside the project, so the bundle's require('kysely') etc. resolve from its node_modules.
const bundleDir = join(projectRoot, 'test-output', `electron-smoke-${process.pid}-${Date.now()}`);
const tempDir = mkdtempSync(join(tmpdir(), 'pristav-electron-'));
const appPath = join(tempDir, 'app');
let fake: FakeElectronState;
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
  return handler(new Request(url));
}

beforeAll(async () => {
  delete process.env.PRISTAV_DB;
  mkdirSync(join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(tempDir, 'secret.txt'), 'not for the page');

  const outfile = join(bundleDir, 'main.cjs');
  await build({
    ...mainBuildOptions(outfile),
    alias: { electron: join(import.meta.dirname, 'fake-electron.ts') },
    logLevel: 'silent',
  });
  (globalThis as { fakeElectronConfig?: object }).fakeElectronConfig = {
    appData: join(tempDir, 'appData'),
    appPath,
  };
  mkdirSync(join(tempDir, 'appData'));
  createRequire(import.meta.url)(outfile);
  fake = (globalThis as unknown as { fakeElectron: FakeElectronState }).fakeElectron;
  fake.ready();
  await new Promise((done) => setTimeout(done, 50));
});

afterAll(() => {
  for (const listener of fake.appListeners.get('will-quit') ?? []) (listener as () => void)();
  if (savedDb !== undefined) process.env.PRISTAV_DB = savedDb;
  rmSync(bundleDir, { recursive: true, force: true });
  rmSync(tempDir, { recursive: true, force: true });
});

describe('electron main process', () => {
  it('keeps its data in the "Přístav" folder the CLI uses, and sandboxes every renderer', () => {
    expect(fake.name).toBe('Přístav');
    expect(fake.paths.userData).toBe(join(tempDir, 'appData', 'Přístav'));
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
    expect(window?.loadedUrl).toBe('app://pristav/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      preload: join(appPath, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(fake.menuTemplate?.map((item) => item.label)).toEqual([
      'Soubor',
      'Úpravy',
      'Zobrazení',
      'Nápověda',
    ]);
  });

  it('answers contract calls from its own page through the real database', async () => {
    const info = await call('app.info');
    expect(info.ok).toBe(true);
    expect(existsSync(join(tempDir, 'appData', 'Přístav', 'pristav.sqlite'))).toBe(true);
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
      'app://pristav/..%2F..%2F..%2Fsecret.txt',
      'app://pristav/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://other/index.html',
    ]) {
      expect((await serve(url)).status, url).toBe(404);
    }
  });

  it('denies permissions and cancels every remote request', () => {
    let granted: boolean | undefined;
    (fake.permissionRequestHandler as unknown as (...args: unknown[]) => void)(
      null,
      'media',
      (answer: boolean) => (granted = answer),
    );
    expect(granted).toBe(false);
    expect(fake.beforeRequest?.filter.urls).toEqual(
      expect.arrayContaining(['https://*/*', 'http://*/*']),
    );
    let verdict: unknown;
    (fake.beforeRequest?.listener as unknown as (...args: unknown[]) => void)(
      {},
      (answer: unknown) => (verdict = answer),
    );
    expect(verdict).toEqual({ cancel: true });
  });

  it('blocks navigation away from the app and every new window', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, handler: (event: { preventDefault(): void }, url: string) => void) =>
        handlers.set(name, handler),
      setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
    };
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) {
      (listener as unknown as (event: unknown, contents: unknown) => void)({}, contents);
    }
    const navigate = (url: string) => {
      let isPrevented = false;
      handlers.get('will-navigate')?.({ preventDefault: () => (isPrevented = true) }, url);
      return isPrevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://pristav/index.html')).toBe(false);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
