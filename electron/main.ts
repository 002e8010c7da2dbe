import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import { createUnavailableApi, type Api } from '../db/api.ts';
import { openApp } from '../db/open-app.ts';
import { credentialsFrom, unlockDatabaseKey } from '../db/security/database-keys/unlock-key.ts';
import { registerAppScheme, serveAppScheme } from './app-protocol.ts';
import { registerFolderDialog, registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { createMainWindow, hardenWebContents, lockDownSession } from './window.ts';

const productName = 'Přístav';

interface OpenedDatabase {
  api: Api;
  close(): void;
}

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

async function openDatabase(file: string): Promise<OpenedDatabase> {
  try {
    // PRISTAV_DB_KEY opens an encrypted file, as in the CLI and the loopback host.
    // A database encrypted with a key file: PRISTAV_USER and PRISTAV_PASSWORD unwrap its key
    // until the window has a locked start that asks at sign-in (safeStorage: not yet).
    const key =
      process.env.PRISTAV_DB_KEY || (await unlockDatabaseKey(file, credentialsFrom(process.env)));
    return await openApp({
      file,
      mode: 'open-or-create',
      checkInBackground: true,
      ...(key ? { key } : {}),
    });
  } catch (error) {
    // The window still opens: every call then answers with the one clear reason (DB_CORRUPT,
    // DB_TOO_NEW, …) and the UI shows it, instead of the app vanishing without a word.
    return { api: createUnavailableApi(error, file), close: () => {} };
  }
}

function start(): void {
  const appPath = app.getAppPath();
  const rendererDir = join(appPath, 'dist', 'renderer');
  const preloadPath = join(appPath, 'dist', 'electron', 'preload.cjs');
  let mainWindow: BrowserWindow | null = null;
  let database: OpenedDatabase | null = null;

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
