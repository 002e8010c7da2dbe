import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { joinOrganisation } from '../../../db/sync/join.ts';
import { requireSyncCrypto } from '../../../db/sync/crypto-readiness.ts';
import { errorMessage } from '../../../db/contract/errors.ts';
import { inputSchemas } from '../../../db/contract/methods.ts';
import { formatIssues } from '../../../db/contract/validation-messages.ts';
import { dumpSyncedData } from '../../../db/changes/index.ts';
import { redactDump } from '../../../db/security/confidential-notes.ts';
import { isInterruptedInit } from '../../../db/connection/interrupted-init.ts';
import {
  encryptDatabaseFile,
  isPlainDatabaseFile,
} from '../../../db/security/database-keys/encrypt-file.ts';
import { keyFilePath } from '../../../db/security/database-keys/key-file.ts';
import { findUserByName } from '../../../db/security/user-queries.ts';
import {
  callAndPrint,
  type Command,
  type CommandContext,
  CommandError,
  invoke,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';
import { waitForImportJob } from '../wait-for-import.ts';

/** Removes a database this command created before it failed, with its companions. */
export function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  rmSync(keyFilePath(file), { force: true });
}

/**
 * A new database whose administrator has a password is encrypted at once (issue 12), with a
 * random key wrapped for the administrator in the key file beside it — while no other
 * connection is open. A database created with PRISTAV_DB_KEY is encrypted with that already.
 */
async function encryptNewDatabase(
  context: CommandContext,
  admin: { id: string; name: string } | null,
  password: string | undefined,
) {
  if (password === undefined || admin === null) return;
  if (context.io.env.PRISTAV_DB_KEY !== undefined) return;
  if (!isPlainDatabaseFile(context.file)) return;
  await encryptDatabaseFile(context.file, admin, password);
}

export const init: Command = {
  options: {
    site: { type: 'string' },
    town: { type: 'string' },
    hq: { type: 'boolean' },
    admin: { type: 'string' },
    enrolment: { type: 'string' },
    passphrase: { type: 'string' },
    password: { type: 'string' },
  },
  async run(context) {
    const { values, lang } = context;
    if (values.enrolment !== undefined) return initFromEnrolment(context);
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
      ...adminPassword(context),
    };
    // Validate before the file exists, so a refused command leaves no empty database behind.
    const parsed = inputSchemas['site.create'].safeParse(input);
    if (!parsed.success) {
      const details = formatIssues(parsed.error.issues, lang);
      throw new CommandError(errorMessage('VALIDATION', lang, { details }));
    }
    const existedBefore = existsSync(context.file);
    // An init killed midway left a file without a site: carrying on beats "already exists".
    const isContinuing =
      existedBefore && isInterruptedInit(context.file, context.io.env.PRISTAV_DB_KEY);
    try {
      const site = await withApp(context, isContinuing ? 'open' : 'create', async (app) => {
        const created = await invoke(app, 'site.create', parsed.data, lang);
        return { created, admin: findUserByName(app.store, parsed.data.adminName) };
      });
      await encryptNewDatabase(context, site.admin, parsed.data.adminPassword);
      printJson(context.io, site.created);
    } catch (error) {
      if (!existedBefore) removeDatabase(context.file);
      throw error;
    }
  },
};

/**
 * The first administrator's password: `--password`, or PRISTAV_PASSWORD (INTERFACES.md). Without
 * one the database works as before sign-in existed, until someone sets a password.
 */
function adminPassword(context: CommandContext): { adminPassword?: string } {
  const password = stringOption(context.values, 'password') ?? context.io.env.PRISTAV_PASSWORD;
  return password === undefined ? {} : { adminPassword: password };
}

/** `init --enrolment FILE --passphrase TEXT`: a branch's database from its enrolment file. */
async function initFromEnrolment(context: CommandContext) {
  const { values, lang } = context;
  requireSyncCrypto();
  const passphrase = values.passphrase ?? context.io.env.PRISTAV_PASSPHRASE;
  if (typeof passphrase !== 'string') {
    throw new UsageError(cliMessage('missingOption', lang, { option: '--passphrase' }));
  }
  const existedBefore = existsSync(context.file);
  try {
    const adminName = typeof values.admin === 'string' ? values.admin : 'Správce';
    const password = adminPassword(context);
    const site = await withApp(context, 'create', async (app) => {
      const joined = await joinOrganisation(app.store, {
        path: resolve(String(values.enrolment)),
        passphrase,
        adminName,
        ...password,
      });
      return { joined, admin: findUserByName(app.store, adminName) };
    });
    await encryptNewDatabase(context, site.admin, password.adminPassword);
    printJson(context.io, site.joined);
  } catch (error) {
    if (!existedBefore) removeDatabase(context.file);
    throw error;
  }
}

export const info: Command = {
  options: {},
  async run(context) {
    const result = await withApp(context, 'open', (app) =>
      invoke(app, 'app.info', {}, context.lang),
    );
    const { site, ...rest } = result as {
      site: { name: string; town: string; isHq: boolean } | null;
    };
    printJson(context.io, {
      site: site?.name ?? null,
      town: site?.town ?? null,
      role: site === null ? null : site.isHq ? 'HQ' : 'branch',
      ...rest,
    });
  },
};

export const call: Command = {
  options: {},
  async run(context) {
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
    if (method === 'import.start') return callImportStart(context, input);
    // An import job lives only as long as the process that started it: another `call` would
    // never find it. import.start waits for its own job and prints the outcome instead.
    if (method === 'import.status' || method === 'import.cancel') {
      throw new UsageError(cliMessage('importJobCall', context.lang, { method }));
    }
    await callAndPrint(context, method, input);
  },
};

/**
 * `call import.start`: the job runs in this process, so the command waits for it to end before
 * it closes the database, then prints its last status (counts, problems, message). A job that
 * failed or was refused prints the same status and exits 1, like any failed call.
 */
async function callImportStart(context: CommandContext, input: unknown) {
  const status = await withApp(context, 'open', async (app) => {
    const { jobId } = (await invoke(app, 'import.start', input, context.lang)) as {
      jobId: string;
    };
    return waitForImportJob(app, jobId, context.lang);
  });
  printJson(context.io, status);
  if (status.state !== 'done') throw new CommandError(status.message ?? status.state);
}

export const dump: Command = {
  options: {},
  async run(context) {
    // Everyone at the desk may compare sites' data; what their role may not read is left out.
    const data = await withApp(
      context,
      'open',
      async (app) => redactDump(dumpSyncedData(app.store), app.api.authorise('clients.list')),
      { as: 'clients.list' },
    );
    printJson(context.io, data);
  },
};
