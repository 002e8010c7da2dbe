import { parseArgs } from 'node:util';
import { type Language, toLanguage } from '../../db/contract/language.ts';
import { toApiError } from '../../db/api.ts';
import { defaultDatabasePath } from '../lib/default-db-path.ts';
import { type CliIo, type Command, CommandError, type Options, UsageError } from './cli-context.ts';
import { cliMessage } from './cli-messages.ts';
import { backup, restore } from './commands/backup-commands.ts';
import { check } from './commands/check-commands.ts';
import { encrypt } from './commands/encrypt-commands.ts';
import { client } from './commands/client-commands.ts';
import { demo } from './commands/demo-commands.ts';
import { importCommand } from './commands/import-commands.ts';
import { report } from './commands/report-commands.ts';
import { service } from './commands/service-commands.ts';
import { call, dump, info, init } from './commands/site-commands.ts';
import { sync } from './commands/sync-commands.ts';
import { user } from './commands/user-commands.ts';
import { audit } from './commands/audit-commands.ts';

export type { CliIo } from './cli-context.ts';

const globalOptions: Options = {
  db: { type: 'string' },
  lang: { type: 'string' },
  user: { type: 'string' },
};
const commands: Record<string, Command> = {
  init,
  info,
  call,
  dump,
  client,
  service,
  report,
  demo,
  import: importCommand,
  check,
  sync,
  backup,
  restore,
  encrypt,
  user,
  audit,
};
const allOptions: Options = Object.assign(
  {},
  globalOptions,
  ...Object.values(commands).map((command) => command.options),
);

/** The `pristav` command line: same database, same createApi as the app. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const lang = toLanguage(argv[argv.indexOf('--lang') + 1] ?? io.env.PRISTAV_LANG);
  try {
    const parsed = parse(argv, lang);
    const [name, ...args] = parsed.positionals;
    const command = name === undefined ? undefined : commands[name];
    if (command === undefined) {
      throw new UsageError(
        name === undefined ? '' : cliMessage('unknownCommand', lang, { command: name }),
      );
    }
    // Every option must belong to this command or be global (--db, --lang).
    for (const option of Object.keys(parsed.values)) {
      if (!(option in globalOptions) && !(option in command.options)) {
        throw new UsageError(cliMessage('badOption', lang, { detail: `--${option}` }));
      }
    }
    const file = (parsed.values.db as string | undefined) ?? defaultDatabasePath();
    await command.run({ file, lang, values: parsed.values, args, io });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.stderr(error.message);
      io.stderr(cliMessage('usage', lang));
      return 2;
    }
    io.stderr(error instanceof CommandError ? error.message : toApiError(error, lang).message);
    return 1;
  }
}

function parse(argv: string[], lang: Language) {
  try {
    return parseArgs({ args: argv, options: allOptions, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(cliMessage('badOption', lang, { detail: (error as Error).message }));
  }
}
