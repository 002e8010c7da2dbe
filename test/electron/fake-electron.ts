/**
 * Stands in for the `electron` module when the smoke test bundles electron/main.ts, so the real
 * main process code runs in plain Node. It only records what main asks of Electron; the test
 * reads the record from globalThis and drives the app (ready, IPC calls, protocol requests).
 */
type Listener = (...args: never[]) => unknown;

export interface FakeElectronState {
  appData: string;
  appPath: string;
  name?: string;
  paths: Record<string, string>;
  isSandboxEnabled: boolean;
  privilegedSchemes: unknown[];
  ipcHandlers: Map<string, Listener>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  appListeners: Map<string, Listener[]>;
  windows: { options: Record<string, unknown>; loadedUrl?: string }[];
  menuTemplate?: { label?: string }[];
  permissionRequestHandler?: Listener;
  permissionCheckHandler?: Listener;
  beforeRequest?: { filter: { urls: string[] }; listener: Listener };
  ready: () => void;
}

let resolveReady = (): void => {};
const whenReady = new Promise<void>((resolve) => {
  resolveReady = resolve;
});
const config = (globalThis as { fakeElectronConfig?: { appData: string; appPath: string } })
  .fakeElectronConfig;
if (!config) throw new Error('set globalThis.fakeElectronConfig before loading the bundle');

const state: FakeElectronState = {
  ...config,
  paths: { appData: config.appData },
  isSandboxEnabled: false,
  privilegedSchemes: [],
  ipcHandlers: new Map(),
  protocolHandlers: new Map(),
  appListeners: new Map(),
  windows: [],
  ready: () => resolveReady(),
};
(globalThis as { fakeElectron?: FakeElectronState }).fakeElectron = state;

export const app = {
  isPackaged: false,
  setName: (name: string) => {
    state.name = name;
  },
  getPath: (name: string) => state.paths[name] ?? '',
  setPath: (name: string, value: string) => {
    state.paths[name] = value;
  },
  getAppPath: () => state.appPath,
  getVersion: () => '0.0.0-test',
  enableSandbox: () => {
    state.isSandboxEnabled = true;
  },
  requestSingleInstanceLock: () => true,
  quit: () => {},
  whenReady: () => whenReady,
  on: (event: string, listener: Listener) => {
    state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
    state.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => {
      state.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: Listener) => {
      state.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler: () => {},
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => {
        state.beforeRequest = { filter, listener };
      },
    },
  },
};

export class BrowserWindow {
  static getAllWindows = () => state.windows;
  private readonly record: FakeElectronState['windows'][number];
  constructor(options: Record<string, unknown>) {
    this.record = { options };
    state.windows.push(this.record);
  }
  once() {}
  on() {}
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  loadURL(url: string) {
    this.record.loadedUrl = url;
    return Promise.resolve();
  }
}

export const Menu = {
  buildFromTemplate: (template: { label?: string }[]) => template,
  setApplicationMenu: (template: { label?: string }[]) => {
    state.menuTemplate = template;
  },
};

export const dialog = { showMessageBox: () => Promise.resolve({ response: 0 }) };
