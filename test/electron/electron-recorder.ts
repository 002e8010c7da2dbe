import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  Session,
  WebContents,
} from 'electron';

/**
 * Stands in for the `electron` module when a test loads the built main process or preload
 * (dist/electron/*.cjs) in plain Node: the code Electron would run, with every call it makes
 * into Electron recorded here. It is loaded by Node's own module loader (load-built-electron.ts),
 * so the bundle and the test share this one instance and its `recorded` state.
 *
 * Only what the app uses is implemented, and it behaves as Electron documents it: a window
 * creates its webContents and `app` emits 'web-contents-created' for it; events carry
 * preventDefault; scheme privileges and the sandbox switch are refused after ready, the protocol
 * handler before it. A call to anything missing fails loudly, so the recorder grows with main.
 */

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DevicePermissionHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type Listener = (...args: never[]) => unknown;

export interface BeforeRequestDetails {
  url: string;
  method: string;
  resourceType: string;
}
export type BeforeRequestListener = (
  details: BeforeRequestDetails,
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;

/** An Electron event: the fields of its details object, and preventDefault. */
export type RecordedEvent<T extends object = object> = T & {
  defaultPrevented: boolean;
  preventDefault(): void;
};

export function makeEvent<T extends object>(fields: T): RecordedEvent<T> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class RecordedSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;
  readonly beforeRequest: { urls: string[] | null; listener: BeforeRequestListener }[] = [];
  readonly webRequest = {
    onBeforeRequest: (
      filterOrListener: { urls: string[] } | BeforeRequestListener | null,
      maybeListener?: BeforeRequestListener | null,
    ) => {
      const listener = typeof filterOrListener === 'function' ? filterOrListener : maybeListener;
      const urls = typeof filterOrListener === 'function' ? null : (filterOrListener?.urls ?? null);
      if (listener) this.beforeRequest.push({ urls, listener });
    },
  };
  readonly partition: string;
  constructor(partition: string) {
    this.partition = partition;
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
    this.devicePermissionHandler = handler;
  }
}

const defaultSession = new RecordedSession('');

export class RecordedWebContents extends EventEmitter {
  private static lastId = 0;
  readonly id = ++RecordedWebContents.lastId;
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly loadedUrls: string[] = [];
  readonly session: RecordedSession;
  constructor(session: RecordedSession) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  getURL(): string {
    return this.loadedUrls.at(-1) ?? '';
  }
  isDestroyed(): boolean {
    return false;
  }
}

export interface Recorded {
  appPath: string;
  paths: Record<string, string>;
  name: string;
  isReady: boolean;
  isSandboxEnabled: boolean;
  privilegedSchemes: CustomScheme[];
  protocolHandlers: Map<string, ProtocolHandler>;
  ipcHandlers: Map<string, Listener>;
  ipcListeners: Map<string, Listener[]>;
  sessions: RecordedSession[];
  webContents: RecordedWebContents[];
  windows: BrowserWindow[];
  applicationMenu: MenuItemConstructorOptions[] | null;
  dialogs: { kind: string; options: unknown }[];
  /** URLs and paths handed to the OS (shell.*) or fetched by main (net.*). */
  external: { api: string; target: string }[];
  /** Preload side: what the page's world receives, and what it sends to main. */
  exposedInMainWorld: Map<string, unknown>;
  rendererInvokes: { channel: string; args: unknown[] }[];
}

export const recorded: Recorded = {
  appPath: '',
  paths: {},
  name: 'pristav',
  isReady: false,
  isSandboxEnabled: false,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  sessions: [defaultSession],
  webContents: [],
  windows: [],
  applicationMenu: null,
  dialogs: [],
  external: [],
  exposedInMainWorld: new Map(),
  rendererInvokes: [],
};

/** Where the app is installed and where the OS keeps per-user data; set before loading main. */
export function configure(options: { appPath: string; appData: string }): void {
  recorded.appPath = options.appPath;
  recorded.paths = {
    appData: options.appData,
    home: join(options.appData, 'home'),
    temp: join(options.appData, 'temp'),
    documents: join(options.appData, 'documents'),
    downloads: join(options.appData, 'downloads'),
  };
}

let resolveReady = (): void => {};
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

/** Electron's 'ready': resolves whenReady() and lets main's ready callbacks run. */
export async function emitReady(): Promise<void> {
  recorded.isReady = true;
  resolveReady();
  app.emit('ready', makeEvent({}), {});
  await ready;
  await new Promise((done) => setImmediate(done));
}

/** A webContents as Electron makes one (a window's, a <webview> guest's, DevTools'). */
export function createWebContents(session: RecordedSession = defaultSession): RecordedWebContents {
  const contents = new RecordedWebContents(session);
  recorded.webContents.push(contents);
  app.emit('web-contents-created', makeEvent({}), contents);
  return contents;
}

class RecordedApp extends EventEmitter {
  isPackaged = false;
  setName(name: string): void {
    recorded.name = name;
  }
  getName(): string {
    return recorded.name;
  }
  getPath(name: string): string {
    if (name === 'userData' && !recorded.paths.userData) {
      return join(recorded.paths.appData ?? '', recorded.name);
    }
    const path = recorded.paths[name];
    if (path === undefined) throw new Error(`electron-recorder: no path "${name}"`);
    return path;
  }
  setPath(name: string, path: string): void {
    recorded.paths[name] = path;
  }
  getAppPath(): string {
    return recorded.appPath;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return 'cs';
  }
  enableSandbox(): void {
    if (recorded.isReady) throw new Error('app.enableSandbox() must be called before ready');
    recorded.isSandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  quit(): void {
    this.emit('will-quit', makeEvent({}));
  }
  isReady(): boolean {
    return recorded.isReady;
  }
  whenReady(): Promise<void> {
    return ready;
  }
}

export const app = new RecordedApp();

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return recorded.windows.filter((window) => !window.isDestroyed());
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return recorded.windows.find((window) => window.webContents === contents) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows()[0] ?? null;
  }

  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: RecordedWebContents;
  isVisible = false;
  private isClosed = false;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    if (!recorded.isReady) throw new Error('BrowserWindow cannot be created before ready');
    const partition = options.webPreferences?.partition;
    this.webContents = createWebContents(partition ? session.fromPartition(partition) : undefined);
    recorded.windows.push(this);
    app.emit('browser-window-created', makeEvent({}), this);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.isVisible = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.isClosed;
  }
  close(): void {
    this.isClosed = true;
    this.emit('closed');
  }
}

export const session = {
  defaultSession,
  fromPartition(partition: string): RecordedSession {
    const existing = recorded.sessions.find((one) => one.partition === partition);
    if (existing) return existing;
    const created = new RecordedSession(partition);
    recorded.sessions.push(created);
    return created;
  },
};

export const webContents = {
  getAllWebContents: () => [...recorded.webContents],
  fromId: (id: number) => recorded.webContents.find((contents) => contents.id === id),
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (recorded.isReady) throw new Error('registerSchemesAsPrivileged must run before ready');
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!recorded.isReady) throw new Error('protocol.handle cannot be used before ready');
    recorded.protocolHandlers.set(scheme, handler);
  },
  isProtocolHandled: (scheme: string) => recorded.protocolHandlers.has(scheme),
};

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (recorded.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    recorded.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    recorded.ipcHandlers.delete(channel);
  },
  on(channel: string, listener: Listener): void {
    recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), listener]);
  },
};

export const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ items: template }),
  setApplicationMenu(menu: { items: MenuItemConstructorOptions[] } | null): void {
    recorded.applicationMenu = menu?.items ?? null;
  },
};

function recordDialog(kind: string, args: unknown[]): void {
  // The parent window comes first when there is one; the options are always last.
  recorded.dialogs.push({ kind, options: args.at(-1) });
}

export const dialog = {
  showMessageBox: (...args: unknown[]) => {
    recordDialog('messageBox', args);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showOpenDialog: (...args: unknown[]) => {
    recordDialog('open', args);
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showSaveDialog: (...args: unknown[]) => {
    recordDialog('save', args);
    return Promise.resolve({ canceled: true });
  },
  showErrorBox: (title: string, content: string) => recordDialog('error', [{ title, content }]),
};

export const shell = {
  openExternal(url: string): Promise<void> {
    recorded.external.push({ api: 'shell.openExternal', target: url });
    return Promise.resolve();
  },
  openPath(path: string): Promise<string> {
    recorded.external.push({ api: 'shell.openPath', target: path });
    return Promise.resolve('');
  },
  showItemInFolder(path: string): void {
    recorded.external.push({ api: 'shell.showItemInFolder', target: path });
  },
};

export const net = {
  fetch(input: string | Request): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    recorded.external.push({ api: 'net.fetch', target: url });
    return Promise.reject(new Error('electron-recorder: no network'));
  },
};

/**
 * The OS keystore behind safeStorage: none unless a test configures one (configureKeystore).
 * One that is there seals with a secret of its own, as DPAPI or the Keychain seal with the OS
 * account's: AES-256-GCM under a key made for this process, so what it sealed opens only here.
 */
const keystore = {
  isAvailable: false,
  backend: 'unknown' as 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'unknown',
  secret: randomBytes(32),
  calls: [] as string[],
};

export function configureKeystore(options: {
  isAvailable: boolean;
  backend?: typeof keystore.backend;
}): void {
  keystore.isAvailable = options.isAvailable;
  keystore.backend = options.backend ?? 'gnome_libsecret';
}

/** What main asked of the keystore, in order. */
export function keystoreCalls(): readonly string[] {
  return keystore.calls;
}

export const safeStorage = {
  isEncryptionAvailable(): boolean {
    keystore.calls.push('isEncryptionAvailable');
    if (!recorded.isReady) throw new Error('safeStorage cannot be used before ready');
    return keystore.isAvailable;
  },
  getSelectedStorageBackend(): string {
    keystore.calls.push('getSelectedStorageBackend');
    return keystore.backend;
  },
  encryptString(text: string): Buffer {
    keystore.calls.push('encryptString');
    if (!keystore.isAvailable) throw new Error('Encryption is not available.');
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keystore.secret, nonce);
    const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), sealed]);
  },
  decryptString(sealed: Buffer): string {
    keystore.calls.push('decryptString');
    if (!keystore.isAvailable) throw new Error('Decryption is not available.');
    const decipher = createDecipheriv('aes-256-gcm', keystore.secret, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString();
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (recorded.exposedInMainWorld.has(key))
      throw new Error(`Cannot bind an API on top of ${key}`);
    recorded.exposedInMainWorld.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    recorded.rendererInvokes.push({ channel, args });
    return Promise.resolve(null);
  },
};
