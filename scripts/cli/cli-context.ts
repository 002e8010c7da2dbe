import type { ParseArgsConfig } from 'node:util';
import type { Language } from '../../db/contract/language.ts';
import type { OpenMode } from '../../db/connection/open-database.ts';
import type { MethodName } from '../../db/contract/method-names.ts';
import { openApp, type App } from '../../db/open-app.ts';
import { existsSync } from 'node:fs';
import { errorMessage } from '../../db/contract/errors.ts';
import { isPlainDatabaseFile } from '../../db/security/database-keys/encrypt-file.ts';
import {
  keyFilePath,
  readKeyFile,
  unwrapWithPassword,
} from '../../db/security/database-keys/key-file.ts';
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
  work: (app: App, signedIn: { userName: string; password: string } | null) => Promise<T>,
  options: { as?: MethodName } = {},
): Promise<T> {
  const credentials = new Credentials(context);
  const key = context.io.env.PRISTAV_DB_KEY ?? (await unlockKey(context, mode, credentials));
  const app = await openApp({ file: context.file, mode, ...(key === undefined ? {} : { key }) });
  try {
    const signedIn = await signIn(context, app, credentials);
    if (options.as !== undefined) app.api.authorise(options.as);
    return await work(app, signedIn);
  } finally {
    app.close();
  }
}

/** The user's name and password, asked for once: to unlock the key and then to sign in. */
class Credentials {
  private known: { userName: string; password: string } | undefined;
  private readonly context: CommandContext;
  constructor(context: CommandContext) {
    this.context = context;
  }

  async get(): Promise<{ userName: string; password: string }> {
    if (this.known) return this.known;
    const { context } = this;
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
    this.known = { userName, password };
    return this.known;
  }
}

/**
 * The key of an encrypted database with a key file beside it, unwrapped with the user's
 * password before the file is opened. A wrong name or password gives the sign-in's own line
 * and opens nothing. A plain file with a key file (an encryption cut short) opens as plain.
 */
async function unlockKey(
  context: CommandContext,
  mode: OpenMode,
  credentials: Credentials,
): Promise<string | undefined> {
  if (mode === 'create' || !existsSync(context.file)) return undefined;
  const keyFile = readKeyFile(keyFilePath(context.file));
  if (keyFile === null || isPlainDatabaseFile(context.file)) return undefined;
  const { userName, password } = await credentials.get();
  const key = await unwrapWithPassword(keyFile, userName, password);
  if (key === null) throw new CommandError(errorMessage('SIGN_IN_FAILED', context.lang));
  return key;
}

/**
 * The key for a database that cannot be opened (`pristav restore` of a damaged or lost file):
 * PRISTAV_DB_KEY, else unwrapped with the user's password from the first of these key files
 * that holds their entry (the one beside the database, the copies in the backup folder).
 */
export async function keyForRestore(
  context: CommandContext,
  keyFiles: string[],
): Promise<{ key: string; keyFile: string | null } | undefined> {
  const fromEnv = context.io.env.PRISTAV_DB_KEY;
  if (fromEnv !== undefined) return { key: fromEnv, keyFile: null };
  const readable = keyFiles.flatMap((path) => {
    try {
      const file = readKeyFile(path);
      return file === null ? [] : [{ path, file }];
    } catch {
      return [];
    }
  });
  if (readable.length === 0) return undefined;
  const { userName, password } = await new Credentials(context).get();
  for (const { path, file } of readable) {
    const key = await unwrapWithPassword(file, userName, password);
    if (key !== null) return { key, keyFile: path };
  }
  throw new CommandError(errorMessage('SIGN_IN_FAILED', context.lang));
}

async function signIn(context: CommandContext, app: App, credentials: Credentials) {
  const status = await invoke(app, 'session.status', {}, context.lang);
  if (!(status as { isSignInRequired: boolean }).isSignInRequired) return null;
  const signedIn = await credentials.get();
  await invoke(app, 'session.signIn', signedIn, context.lang);
  return signedIn;
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
