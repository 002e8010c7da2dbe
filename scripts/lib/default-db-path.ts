import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder Electron's app.getPath('userData') gives for productName "Přístav". */
export function userDataFolder(): string {
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Přístav');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Přístav');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Přístav');
}

/** The database the CLI and the loopback host use when none is named: PRISTAV_DB, else the app's. */
export function defaultDatabasePath(): string {
  return process.env.PRISTAV_DB ?? join(userDataFolder(), 'pristav.sqlite');
}
