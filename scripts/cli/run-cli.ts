import { existsSync, rmSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../../db/contract/errors.ts';
import { type Language, toLanguage } from '../../db/contract/language.ts';
import { inputSchemas } from '../../db/contract/methods.ts';
import { formatIssues } from '../../db/contract/validation-messages.ts';
import { toApiError } from '../../db/api.ts';
import { dumpSyncedData } from '../../db/changes/dump.ts';
import { openApp, type App } from '../../db/open-app.ts';
import type { OpenMode } from '../../db/connection/open-database.ts';
import { defaultDatabasePath } from '../lib/default-db-path.ts';
import { cliMessage } from './cli-messages.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 the command failed (nothing changed), 2 wrong usage. */
class UsageError extends Error {}
class CommandError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
const globalOptions: Options = { db: { type: 'string' }, lang: { type: 'string' } };
const commandOptions: Record<string, Options> = {
  init: {
    site: { type: 'string' },
    town: { type: 'string' },
    hq: { type: 'boolean' },
    admin: { type: 'string' },
  },
  info: {},
  call: {},
  dump: {},
};

/** The `pristav` command line: same database, same createApi as the app. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const lang = toLanguage(argv[argv.indexOf('--lang') + 1] ?? io.env.PRISTAV_LANG);
  const command = argv.find((arg, index) => !arg.startsWith('-') && !isOptionValue(argv, index));
  try {
    if (command === undefined || !(command in commandOptions)) {
      throw new UsageError(
        command === undefined ? '' : cliMessage('unknownCommand', lang, { command }),
      );
    }
    const parsed = parse(argv, command, lang);
    const file = (parsed.values.db as string | undefined) ?? defaultDatabasePath();
    const args = parsed.positionals.slice(1);
    await commands[command]!({ file, lang, values: parsed.values, args, io });
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

function isOptionValue(argv: string[], index: number): boolean {
  const previous = argv[index - 1];
  return (
    previous !== undefined && ['--db', '--lang', '--site', '--town', '--admin'].includes(previous)
  );
}

function parse(argv: string[], command: string, lang: Language) {
  try {
    return parseArgs({
      args: argv,
      options: { ...globalOptions, ...commandOptions[command] },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(cliMessage('badOption', lang, { detail: (error as Error).message }));
  }
}

interface CommandContext {
  file: string;
  lang: Language;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  args: string[];
  io: CliIo;
}

async function withApp<T>(context: CommandContext, mode: OpenMode, work: (app: App) => Promise<T>) {
  const key = context.io.env.PRISTAV_DB_KEY;
  const app = await openApp({ file: context.file, mode, ...(key === undefined ? {} : { key }) });
  try {
    return await work(app);
  } finally {
    app.close();
  }
}

async function invoke(app: App, method: string, input: unknown, lang: Language) {
  const result = await app.api.invoke(method, input, lang);
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value;
}

function printJson(io: CliIo, value: unknown) {
  io.stdout(JSON.stringify(value, null, 2));
}

const commands: Record<string, (context: CommandContext) => Promise<void>> = {
  async init(context) {
    const { values, lang } = context;
    for (const option of ['site', 'town'] as const) {
      if (values[option] === undefined) {
        throw new UsageError(cliMessage('missingOption', lang, { option: `--${option}` }));
      }
    }
    const input = {
      name: values.site,
      town: values.town,
      isHq: values.hq === true,
      adminName: values.admin ?? 'Správce',
    };
    // Validate before the file exists, so a refused command leaves no empty database behind.
    const parsed = inputSchemas['site.create'].safeParse(input);
    if (!parsed.success) {
      const details = formatIssues(parsed.error.issues, lang);
      throw new CommandError(errorMessage('VALIDATION', lang, { details }));
    }
    const existedBefore = existsSync(context.file);
    try {
      const site = await withApp(context, 'create', (app) =>
        invoke(app, 'site.create', parsed.data, lang),
      );
      printJson(context.io, site);
    } catch (error) {
      if (!existedBefore) removeDatabase(context.file);
      throw error;
    }
  },

  async info(context) {
    const info = await withApp(context, 'open', (app) => invoke(app, 'app.info', {}, context.lang));
    const { site, ...rest } = info as {
      site: { name: string; town: string; isHq: boolean } | null;
    };
    printJson(context.io, {
      site: site?.name ?? null,
      town: site?.town ?? null,
      role: site === null ? null : site.isHq ? 'HQ' : 'branch',
      ...rest,
    });
  },

  async call(context) {
    const [method, json] = context.args;
    if (method === undefined) throw new UsageError(cliMessage('missingMethod', context.lang));
    let input: unknown;
    try {
      input = json === undefined ? undefined : JSON.parse(json);
    } catch (error) {
      throw new UsageError(
        cliMessage('badJson', context.lang, { detail: (error as Error).message }),
      );
    }
    printJson(
      context.io,
      await withApp(context, 'open', (app) => invoke(app, method, input, context.lang)),
    );
  },

  async dump(context) {
    printJson(context.io, await withApp(context, 'open', async (app) => dumpSyncedData(app.store)));
  },
};

/** Removes a database this command created before it failed, with its WAL companions. */
function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}
