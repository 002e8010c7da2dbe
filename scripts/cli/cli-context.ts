import type { ParseArgsConfig } from 'node:util';
import type { Language } from '../../db/contract/language.ts';
import type { OpenMode } from '../../db/connection/open-database.ts';
import type { MethodName } from '../../db/contract/method-names.ts';
import { openApp, type App } from '../../db/open-app.ts';
import { cliMessage } from './cli-messages.ts';

export interface CliIo {
  stdout: (text: string) => void;
  /**
   * Bytes to stdout exactly as given (an XLSX or PDF file). Absent where stdout is a terminal,
   * which binary data would garble, and for in-process callers that collect text only.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Asks for a password without echo; only where stdin is a terminal. */
  readPassword?: (prompt: string) => Promise<string>;
}

/** Wrong usage: exit code 2, with the usage text. */
export class UsageError extends Error {}
/** The command failed and changed nothing: exit code 1, one line. */
export class CommandError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  file: string;
  lang: Language;
  values: OptionValues;
  args: string[];
  io: CliIo;
}

export interface Command {
  options: Options;
  run(context: CommandContext): Promise<void>;
}

/**
 * Opens the database for one command, signed in as the named user where the database asks for
 * sign-in (INTERFACES.md: `--user`/PRISTAV_USER, the password from PRISTAV_PASSWORD or a
 * prompt). A command that calls the domain directly names the API method it stands for in
 * `as`: the same permission check then refuses it, with the same one line.
 */
export async function withApp<T>(
  context: CommandContext,
  mode: OpenMode,
  work: (app: App) => Promise<T>,
  options: { as?: MethodName } = {},
): Promise<T> {
  const key = context.io.env.PRISTAV_DB_KEY;
  const app = await openApp({ file: context.file, mode, ...(key === undefined ? {} : { key }) });
  try {
    await signIn(context, app);
    if (options.as !== undefined) app.api.authorise(options.as);
    return await work(app);
  } finally {
    app.close();
  }
}

async function signIn(context: CommandContext, app: App): Promise<void> {
  const status = await invoke(app, 'session.status', {}, context.lang);
  if (!(status as { isSignInRequired: boolean }).isSignInRequired) return;
  const userName = stringOption(context.values, 'user') ?? context.io.env.PRISTAV_USER;
  if (userName === undefined || userName.trim() === '') {
    throw new CommandError(cliMessage('userNeeded', context.lang));
  }
  let password = context.io.env.PRISTAV_PASSWORD;
  if (password === undefined && context.io.readPassword) {
    password = await context.io.readPassword(
      cliMessage('passwordPrompt', context.lang, { user: userName }),
    );
  }
  if (password === undefined) throw new CommandError(cliMessage('passwordNeeded', context.lang));
  await invoke(app, 'session.signIn', { userName, password }, context.lang);
}

/** The user the command acts for (the author of what it writes), once withApp signed in. */
export function actingUserId(app: App, method: MethodName): string | null {
  return app.api.authorise(method)?.id ?? null;
}

/** Calls the API as the app does; an error envelope becomes the command's one line. */
export async function invoke(app: App, method: string, input: unknown, lang: Language) {
  const result = await app.api.invoke(method, input, lang);
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value;
}

/** Opens the database, calls one method and prints its result. */
export async function callAndPrint(context: CommandContext, method: string, input: unknown) {
  printJson(
    context.io,
    await withApp(context, 'open', (app) => invoke(app, method, input, context.lang)),
  );
}

export function printJson(io: CliIo, value: unknown) {
  io.stdout(JSON.stringify(value, null, 2));
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
