import { safeStorage } from 'electron';
import type { OsKeystore } from '../db/security/database-keys/os-keystore.ts';

/**
 * Electron's safeStorage as the OS keystore that keeps the database key between starts
 * (db/security/database-keys/os-keystore.ts), or undefined where there is none — the window
 * then asks for a password to unlock the database. Only after 'ready'. On Linux without a
 * secret service safeStorage falls back to "basic_text", a password built into Chromium: that
 * keeps nothing from anyone who copies the files, so it counts as no keystore.
 */
export function safeStorageKeystore(): OsKeystore | undefined {
  try {
    if (!safeStorage.isEncryptionAvailable()) return undefined;
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return undefined;
    }
  } catch {
    // A keystore that cannot even say whether it works is none: the window asks instead.
    return undefined;
  }
  return {
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}
