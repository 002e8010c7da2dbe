import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { keyFilePath } from '../../../db/security/database-keys/key-file.ts';
import { isPristavError } from '../../../db/errors.ts';
import { openStore } from '../../../db/open-app.ts';
import { restoreWithoutApp } from '../../../db/security/backups/offline-restore.ts';
import {
  callAndPrint,
  type Command,
  type CommandContext,
  invoke,
  keyForRestore,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/*
 * `pristav backup [--to DIR]`, `pristav backup list`, `pristav restore FILE` (INTERFACES.md
 * "People, backups and erasure"): the Zálohy section of Settings on the command line, through
 * the same API methods, so the same checks and the same one-line refusals.
 */

export const backup: Command = {
  options: { to: { type: 'string' } },
  async run(context) {
    const [subcommand] = context.args;
    if (subcommand === 'list') return callAndPrint(context, 'backups.list', {});
    if (subcommand !== undefined) {
      throw new UsageError(
        cliMessage('unknownCommand', context.lang, { command: `backup ${subcommand}` }),
      );
    }
    const to = stringOption(context.values, 'to');
    return callAndPrint(context, 'backups.take', to === undefined ? {} : { folder: resolve(to) });
  },
};

/** Why the database could not even be opened: then the backup is restored without the app. */
const unopenable = new Set(['DB_NOT_FOUND', 'DB_UNREADABLE', 'DB_CORRUPT']);

export const restore: Command = {
  options: {},
  async run(context) {
    const [file] = context.args;
    if (file === undefined) {
      throw new UsageError(cliMessage('missingOption', context.lang, { option: 'FILE' }));
    }
    const backupFile = resolve(file);
    let isOpen = false;
    try {
      const result = await withApp(context, 'open', (app) => {
        isOpen = true;
        return invoke(app, 'backups.restore', { file: backupFile }, context.lang);
      });
      return printJson(context.io, result);
    } catch (error) {
      if (isOpen || !isPristavError(error) || !unopenable.has(error.code)) throw error;
    }
    printJson(context.io, await restoreDamaged(context, backupFile));
  },
};

/**
 * The database cannot be opened (its first pages are damaged, or it is gone): that is when a
 * backup is needed most, so it is restored without opening the app first, with the same checks.
 */
async function restoreDamaged(context: CommandContext, backupFile: string) {
  const file = resolve(context.file);
  // An encrypted database's key: from the key file beside it, or the copy with the backups.
  const backupFolder = dirname(backupFile);
  const copies = existsSync(backupFolder)
    ? readdirSync(backupFolder)
        .filter((name) => name.endsWith('.keys.json'))
        .map((name) => join(backupFolder, name))
    : [];
  const unlocked = await keyForRestore(context, [keyFilePath(file), ...copies]);
  const key = unlocked?.key;
  const keyOption = key === undefined ? {} : { key };
  const restored = await restoreWithoutApp({
    file,
    backup: backupFile,
    key,
    // Opening runs any schema upgrade the backup needs, as the app would at its next start.
    reopen: async () => {
      (await openStore({ file, mode: 'open', ...keyOption })).sqlite.close();
    },
  });
  // A lost database's key file comes back from the copy with the backups.
  const from = unlocked?.keyFile ?? null;
  if (from !== null && !existsSync(keyFilePath(file))) copyFileSync(from, keyFilePath(file));
  return restored;
}
