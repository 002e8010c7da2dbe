import { existsSync, rmSync } from 'node:fs';
import { errorMessage } from '../../../db/contract/errors.ts';
import { inputSchemas } from '../../../db/contract/methods.ts';
import { formatIssues } from '../../../db/contract/validation-messages.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import {
  callAndPrint,
  type Command,
  CommandError,
  invoke,
  printJson,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/** Removes a database this command created before it failed, with its WAL companions. */
export function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

export const init: Command = {
  options: {
    site: { type: 'string' },
    town: { type: 'string' },
    hq: { type: 'boolean' },
    admin: { type: 'string' },
  },
  async run(context) {
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
};

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
    await callAndPrint(context, method, input);
  },
};

export const dump: Command = {
  options: {},
  async run(context) {
    printJson(context.io, await withApp(context, 'open', async (app) => dumpSyncedData(app.store)));
  },
};
