import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import { credentialsFrom } from '../db/security/database-keys/unlock-key.ts';
import { startApp, type StartedApp } from '../db/start-app.ts';
import { registerAppScheme, serveAppScheme } from './app-protocol.ts';
import { registerFolderDialog, registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { safeStorageKeystore } from './os-keystore.ts';
import { createMainWindow, hardenWebContents, lockDownSession } from './window.ts';

const productName = 'Přístav';

// Electron would name the profile folder after package.json "name" (pristav); the CLI and the
// loopback host look in "Přístav" (scripts/lib/default-db-path.ts), so pin it before anything
// reads userData. appData is %APPDATA%, ~/Library/Application Support or $XDG_CONFIG_HOME.
app.setName(productName);
app.setPath('userData', join(app.getPath('appData'), productName));
app.enableSandbox();
registerAppScheme();

/** PRISTAV_DB wins, as in the CLI and the loopback host, so all three can share one file. */
function databaseFile(): string {
  const chosen = process.env.PRISTAV_DB;
  if (chosen) return chosen;
  mkdirSync(app.getPath('userData'), { recursive: true });
  return join(app.getPath('userData'), 'pristav.sqlite');
}

/**
 * The database as db/start-app.ts starts it: PRISTAV_DB_KEY opens any file, as in the CLI and
 * the loopback host; an encrypted file opens with the key the OS keystore kept (safeStorage,
 * after 'ready'), else the window asks for a name and password (`database.unlock`). The window
 * opens in any case: a file that cannot be used answers every call with the one reason.
 */
async function openDatabase(file: string): Promise<StartedApp> {
  await app.whenReady();
  const dbKey = process.env.PRISTAV_DB_KEY;
  const credentials = credentialsFrom(process.env);
  const keystore = safeStorageKeystore();
  return startApp({
    file,
    ...(dbKey ? { dbKey } : {}),
    ...(credentials === undefined ? {} : { credentials }),
    ...(keystore === undefined ? {} : { keystore }),
  });
}

function start(): void {
  const appPath = app.getAppPath();
  const rendererDir = join(appPath, 'dist', 'renderer');
  const preloadPath = join(appPath, 'dist', 'electron', 'preload.cjs');
  let mainWindow: BrowserWindow | null = null;
  let database: StartedApp | null = null;

  const opening = openDatabase(databaseFile()).then((opened) => {
    database = opened;
    return opened.api;
  });
  registerIpc(opening);
  registerFolderDialog();

  const showWindow = (): void => {
    mainWindow = createMainWindow(preloadPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return showWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', () => {
    database?.close();
    database = null;
  });

  void app.whenReady().then(() => {
    lockDownSession();
    serveAppScheme(rendererDir);
    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    showWindow();
  });
}

// A second copy would open the same SQLite file twice; it hands over to the first instead.
if (app.requestSingleInstanceLock()) start();
else app.quit();
