import { existsSync, rmSync } from 'node:fs';
import {
  isPlainDatabaseFile,
  encryptDatabaseFile,
} from '../../../db/security/database-keys/encrypt-file.ts';
import { keyFilePath, readKeyFile } from '../../../db/security/database-keys/key-file.ts';
import { takeBackup } from '../../../db/security/backups/take-backup.ts';
import { findUserByName } from '../../../db/security/user-queries.ts';
import { type Command, CommandError, printJson, withApp } from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/**
 * `pristav encrypt` (issue 12): converts a plain database, once, into an encrypted one with a
 * random key wrapped for the signed-in administrator in the key file beside it. An
 * administrator who signs in with a password is required (the key is wrapped with it; as
 * `backups.restore`, it replaces the file). A verified backup is taken first; it is plain, so
 * once the encrypted file has been read back and checked, that backup is removed and the
 * output says which file it was. Other users get their entries when they next sign in in the
 * window, or when an admin sets their password.
 */
export const encrypt: Command = {
  options: {},
  async run(context) {
    const { file, lang } = context;
    if (existsSync(file) && !isPlainDatabaseFile(file)) {
      throw new CommandError(cliMessage('alreadyEncrypted', lang, { path: file }));
    }
    const prepared = await withApp(
      context,
      'open',
      async (app, signedIn) => {
        const user = signedIn === null ? null : findUserByName(app.store, signedIn.userName);
        if (signedIn === null || user === null) {
          throw new CommandError(cliMessage('encryptNeedsPassword', lang));
        }
        const taken = await takeBackup(app.store, { reason: 'manual' });
        return { user, password: signedIn.password, backup: taken.backup.file };
      },
      { as: 'backups.restore' },
    );
    // A key file left by an encryption cut short is replaced: the file is still plain.
    readKeyFile(keyFilePath(file));
    await encryptDatabaseFile(file, prepared.user, prepared.password);
    rmSync(prepared.backup, { force: true });
    printJson(context.io, {
      encrypted: file,
      keyFile: keyFilePath(file),
      removedPlainBackup: prepared.backup,
    });
  },
};
