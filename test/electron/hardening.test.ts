import { existsSync } from 'node:fs';
import type { Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedWebContents } from './electron-recorder.ts';
import { loadBuiltMain, type LoadedElectronApp } from './load-built-electron.ts';

/**
 * Electron's security checklist, checked on the main process as built for `npm start` and the
 * installers (dist/electron/main.cjs), loaded in Node with a recorder for `electron`: the window's
 * web preferences, the CSP of every app:// response, and every handler main registers, each
 * called the way Electron calls it (navigation, new windows, webviews, permissions, requests).
 */

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

// Every permission Electron 45 can ask for: typecheck fails if a newer Electron adds one.
const everyPermission = Object.keys({
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
} satisfies Record<Permission, true>) as Permission[];

const appPage = 'app://pristav/index.html';
const foreignUrls = [
  'https://example.com/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'blob:https://example.com/0b1c',
  'app://evil.example/index.html',
  'app://pristav.evil.example/index.html',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
];
const ownUrls = [appPage, 'app://pristav/', 'app://pristav/index.html#/clients/abc?tab=acts'];

let loaded: LoadedElectronApp;
let recorder: LoadedElectronApp['recorder'];
const savedDb = process.env.PRISTAV_DB;

beforeAll(async () => {
  // main opens its database as it loads: in the recorder's temporary user data folder.
  delete process.env.PRISTAV_DB;
  loaded = await loadBuiltMain({
    'index.html':
      '<!doctype html><title>Přístav</title><script type="module" src="./x.js"></script>',
    'assets/index-abc123.js': 'console.log(1);',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
  recorder = loaded.recorder;
  await recorder.emitReady();
});

afterAll(() => {
  loaded?.dispose();
  if (savedDb === undefined) delete process.env.PRISTAV_DB;
  else process.env.PRISTAV_DB = savedDb;
});

function mainWindow() {
  const [window, ...others] = recorder.recorded.windows;
  expect(others).toHaveLength(0);
  if (!window) throw new Error('main opened no window');
  return window;
}

/** Emits a navigation event exactly as Electron does and says whether main prevented it. */
function isPrevented(
  contents: RecordedWebContents,
  eventName: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
  url: string,
  isMainFrame = true,
): boolean {
  const event = recorder.makeEvent({ url, isSameDocument: false, isMainFrame, frame: null });
  if (eventName === 'will-frame-navigate') contents.emit(eventName, event);
  // The positional arguments after the details are deprecated, but Electron 45 still passes them.
  else contents.emit(eventName, event, url, false, isMainFrame, 1, 1);
  return event.defaultPrevented;
}

function serve(url: string, method = 'GET'): Promise<Response> {
  const handler = recorder.recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return Promise.resolve(handler(new Request(url, { method })));
}

/** CSP directives by name, each with its sources; a repeated directive is ignored, as by browsers. */
function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('the built main process, hardened (Electron security checklist)', () => {
  it('sandboxes every renderer, before ready', () => {
    expect(recorder.recorded.isSandboxEnabled).toBe(true);
  });

  it('opens its one window isolated, sandboxed, without Node and with web security on', () => {
    const prefs = mainWindow().options.webPreferences ?? {};
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).not.toBe(true);
    expect(prefs.nodeIntegrationInSubFrames).not.toBe(true);
    // Electron's defaults are the safe values; only an explicit opposite would be a hole.
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.webviewTag).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.navigateOnDragDrop).not.toBe(true);
    expect(prefs.partition).toBeUndefined();
    // The preload is the one just built, beside main.
    expect(prefs.preload).toBe(loaded.preload);
    expect(existsSync(loaded.preload)).toBe(true);
  });

  it('loads nothing but its own app:// page', () => {
    const loads = recorder.recorded.webContents.flatMap((contents) => contents.loadedUrls);
    expect(loads).toEqual([appPage]);
  });

  it('registers app:// as a secure standard scheme that does not bypass the CSP', () => {
    expect(recorder.recorded.privilegedSchemes).toHaveLength(1);
    const [scheme] = recorder.recorded.privilegedSchemes;
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme?.privileges?.bypassCSP).not.toBe(true);
    expect(scheme?.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('serves every app:// response with a strict CSP: own files only, no eval, no remote', async () => {
    const responses = {
      page: await serve(appPage),
      script: await serve('app://pristav/assets/index-abc123.js'),
      missing: await serve('app://pristav/assets/nothing.js'),
      outside: await serve('app://pristav/..%2F..%2Fpackage.json'),
      post: await serve(appPage, 'POST'),
    };
    expect(responses.page.status).toBe(200);
    expect(responses.script.status).toBe(200);
    expect(responses.script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const refused of [responses.missing, responses.outside, responses.post]) {
      expect(refused.status).toBe(404);
    }

    for (const [name, response] of Object.entries(responses)) {
      const policy = response.headers.get('content-security-policy');
      expect(policy, name).toBeTruthy();
      const csp = cspDirectives(policy ?? '');
      expect(csp.get('default-src'), name).toEqual(["'self'"]);
      expect(csp.get('script-src'), name).toEqual(["'self'"]);
      expect(csp.get('object-src'), name).toEqual(["'none'"]);
      expect(csp.get('base-uri'), name).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), name).toEqual(["'none'"]);
      for (const [directive, sources] of csp) {
        for (const source of sources) {
          // Own origin or nothing; inline styles (Mantine) and data: images are the exceptions.
          const isAllowed =
            source === "'self'" ||
            source === "'none'" ||
            (directive === 'style-src' && source === "'unsafe-inline'") ||
            (directive === 'img-src' && source === 'data:');
          expect(isAllowed, `${name}: ${directive} ${source}`).toBe(true);
        }
      }
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
    }
  });

  it('prevents navigation and redirects away from the app, and allows its own pages', () => {
    const contents = mainWindow().webContents;
    for (const url of foreignUrls) {
      expect(isPrevented(contents, 'will-navigate', url), `will-navigate ${url}`).toBe(true);
      expect(isPrevented(contents, 'will-redirect', url), `will-redirect ${url}`).toBe(true);
      expect(isPrevented(contents, 'will-frame-navigate', url, false), `frame ${url}`).toBe(true);
    }
    for (const url of ownUrls) {
      expect(isPrevented(contents, 'will-navigate', url), url).toBe(false);
      expect(isPrevented(contents, 'will-redirect', url), url).toBe(false);
      expect(isPrevented(contents, 'will-frame-navigate', url, false), url).toBe(false);
    }
  });

  it('denies every new window, and hands no link to the OS browser', () => {
    const handler = mainWindow().webContents.windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    for (const url of [...foreignUrls, ...ownUrls, 'about:blank']) {
      const answer = handler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: appPage, policy: 'no-referrer' },
      });
      expect(answer, url).toEqual({ action: 'deny' });
    }
    expect(recorder.recorded.external).toEqual([]);
  });

  it('prevents attaching any <webview>', () => {
    for (const src of ['https://example.com/', appPage]) {
      const event = recorder.makeEvent({});
      const webPreferences = { nodeIntegration: true };
      mainWindow().webContents.emit('will-attach-webview', event, webPreferences, { src });
      expect(event.defaultPrevented, src).toBe(true);
    }
  });

  it('applies the same rules to any other webContents (a guest, DevTools, a future window)', () => {
    const other = recorder.createWebContents();
    expect(isPrevented(other, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(isPrevented(other, 'will-frame-navigate', 'https://example.com/', false)).toBe(true);
    expect(other.windowOpenHandler?.({} as never)).toEqual({ action: 'deny' });
    const attach = recorder.makeEvent({});
    other.emit('will-attach-webview', attach, {}, { src: appPage });
    expect(attach.defaultPrevented).toBe(true);
  });

  it('answers every permission request with false, on the session the window uses', () => {
    const ses = mainWindow().webContents.session;
    expect(ses).toBe(recorder.session.defaultSession);
    const handler = ses.permissionRequestHandler;
    expect(handler).toBeTypeOf('function');
    for (const permission of everyPermission) {
      for (const requestingUrl of [appPage, 'https://example.com/']) {
        const answers: boolean[] = [];
        handler?.(
          mainWindow().webContents as never,
          permission,
          (granted) => answers.push(granted),
          { requestingUrl, isMainFrame: true } as never,
        );
        // Called exactly once: an unanswered request would hang the page's promise.
        expect(answers, `${permission} from ${requestingUrl}`).toEqual([false]);
      }
    }
  });

  it('answers every permission check and device permission with false', () => {
    const ses = mainWindow().webContents.session;
    const check = ses.permissionCheckHandler;
    expect(check).toBeTypeOf('function');
    for (const permission of everyPermission) {
      const details = { requestingUrl: appPage, isMainFrame: true, embeddingOrigin: '' };
      expect(check?.(null, permission, 'app://pristav', details as never), permission).toBe(false);
    }
    const device = ses.devicePermissionHandler;
    expect(device).toBeTypeOf('function');
    for (const deviceType of ['hid', 'serial', 'usb'] as const) {
      const details = { deviceType, origin: 'app://pristav', device: {} };
      expect(device?.(details as never), deviceType).toBe(false);
    }
  });

  it('cancels every request for remote or local-file content before it leaves', () => {
    const ses = mainWindow().webContents.session;
    expect(ses.beforeRequest).toHaveLength(1);
    const [{ urls, listener } = { urls: [], listener: () => {} }] = ses.beforeRequest;
    expect(urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*']),
    );
    // The app's own scheme must not be caught, or the window would stay blank.
    expect(urls?.some((pattern) => pattern.startsWith('app:') || pattern === '<all_urls>')).toBe(
      false,
    );
    for (const url of ['https://example.com/x.js', 'ws://127.0.0.1:1/', 'file:///etc/passwd']) {
      const answers: unknown[] = [];
      listener({ url, method: 'GET', resourceType: 'script' }, (answer) => answers.push(answer));
      expect(answers, url).toEqual([{ cancel: true }]);
    }
  });

  it('answers IPC only from its own page', async () => {
    const call = recorder.recorded.ipcHandlers.get('pristav:call') as unknown as (
      ...args: unknown[]
    ) => Promise<{ ok: boolean; error?: { code: string } }>;
    const pick = recorder.recorded.ipcHandlers.get('pristav:pick-folder') as unknown as (
      ...args: unknown[]
    ) => Promise<unknown>;
    for (const senderFrame of [{ url: 'https://example.com/' }, { url: 'file:///x' }, null]) {
      const event = { senderFrame, sender: mainWindow().webContents };
      expect((await call(event, 'app.info', undefined, 'cs')).error?.code).toBe('FORBIDDEN');
      expect(await pick(event, 'Složka')).toBeNull();
    }
    expect(recorder.recorded.dialogs).toEqual([]);
    const own = await call({ senderFrame: { url: appPage } }, 'app.info', undefined, 'cs');
    expect(own.ok).toBe(true);
  });

  it('gives the page only the contract calls and the folder picker (the built preload)', async () => {
    loaded.loadPreload();
    const exposed = recorder.recorded.exposedInMainWorld;
    expect([...exposed.keys()].sort()).toEqual(['pristav', 'pristavShell']);
    for (const [key, api] of exposed) {
      for (const [name, value] of Object.entries(api as object)) {
        // Functions only: no ipcRenderer, no require, no process handed to the page.
        expect(value, `${key}.${name}`).toBeTypeOf('function');
      }
    }
    const pristav = exposed.get('pristav') as Record<string, (...args: unknown[]) => unknown>;
    const shell = exposed.get('pristavShell') as { pickFolder(title: string): unknown };
    await pristav['app.info']?.({ a: 1 }, 'en');
    await shell.pickFolder('Složka');
    expect(recorder.recorded.rendererInvokes).toEqual([
      { channel: 'pristav:call', args: ['app.info', { a: 1 }, 'en'] },
      { channel: 'pristav:pick-folder', args: ['Složka'] },
    ]);
    // Each channel the page can reach has its checked handler in main, and there are no others.
    expect([...recorder.recorded.ipcHandlers.keys()].sort()).toEqual([
      'pristav:call',
      'pristav:pick-folder',
    ]);
    expect(recorder.recorded.ipcListeners.size).toBe(0);
  });
});
