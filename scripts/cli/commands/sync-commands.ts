import { resolve } from 'node:path';
import { requireSyncCrypto } from '../../../db/sync/crypto-readiness.ts';
import { enrolBranch } from '../../../db/sync/enrol.ts';
import { importSyncFile } from '../../../db/sync/import-file.ts';
import { takeBackup } from '../../../db/security/backups/take-backup.ts';
import { requireMembership } from '../../../db/sync/organisation.ts';
import { resolveReviewItem, listReviewItems } from '../../../db/sync/review-queue.ts';
import { exportFiles } from '../../../db/sync/sync-methods.ts';
import { getSyncStatus, revokeSite } from '../../../db/sync/sync-status.ts';
import {
  actingUserId,
  type Command,
  type CommandContext,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/*
 * `pristav sync …` (INTERFACES.md "Sync between offices"): the Synchronizace screen's
 * operations on files given by path. Every refusal is a PristavError: one line, exit 1, and the
 * refused file changed nothing.
 */

function required(context: CommandContext, name: string): string {
  const value = stringOption(context.values, name);
  if (value === undefined) {
    throw new UsageError(cliMessage('missingOption', context.lang, { option: `--${name}` }));
  }
  return value;
}

async function enrol(context: CommandContext) {
  const name = required(context, 'site');
  const town = required(context, 'town');
  const out = resolve(required(context, 'out'));
  const result = await withApp(
    context,
    'open',
    (app) => enrolBranch(app.store, actingUserId(app, 'sync.enrol'), { name, town }, out),
    { as: 'sync.enrol' },
  );
  printJson(context.io, result);
}

async function exportCommand(context: CommandContext) {
  const to = required(context, 'to');
  const out = resolve(required(context, 'out'));
  const files = await withApp(context, 'open', (app) => exportFiles(app.store, to, out), {
    as: 'sync.export',
  });
  printJson(context.io, {
    files: files.map((file) => ({
      path: file.path,
      to: file.to,
      operations: file.operations,
      bytes: file.bytes,
    })),
  });
}

async function importCommand(context: CommandContext, paths: string[]) {
  if (paths.length === 0) {
    throw new UsageError(cliMessage('missingOption', context.lang, { option: 'FILE' }));
  }
  const files = await withApp(
    context,
    'open',
    async (app) => {
      const membership = requireMembership(app.store);
      // A verified backup before the files change anything: once per command; a dry run writes none.
      if (context.values['dry-run'] !== true) await takeBackup(app.store, { reason: 'sync' });
      const results = [];
      for (const path of paths) {
        results.push(
          await importSyncFile(app.store, membership, resolve(path), {
            isDryRun: context.values['dry-run'] === true,
            allowMassDelete: context.values['allow-mass-delete'] === true,
          }),
        );
      }
      return results;
    },
    { as: 'sync.import' },
  );
  printJson(context.io, {
    files: files.map((file) => ({
      ...file,
      missing: file.missing.map(({ site, from, to }) => ({ site, from, to })),
    })),
  });
}

async function resolveCommand(context: CommandContext, id: string | undefined) {
  const text = required(context, 'value');
  if (id === undefined) {
    throw new UsageError(cliMessage('missingOption', context.lang, { option: 'ID' }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(cliMessage('badOption', context.lang, { detail: `--value ${text}` }));
  }
  if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
    throw new UsageError(cliMessage('badOption', context.lang, { detail: `--value ${text}` }));
  }
  const result = await withApp(
    context,
    'open',
    async (app) =>
      resolveReviewItem(app.store, actingUserId(app, 'sync.resolve'), {
        id,
        value: value as string | number | boolean | null,
      }),
    { as: 'sync.resolve' },
  );
  printJson(context.io, result);
}

export const sync: Command = {
  options: {
    site: { type: 'string' },
    town: { type: 'string' },
    out: { type: 'string' },
    to: { type: 'string' },
    value: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'allow-mass-delete': { type: 'boolean' },
  },
  async run(context) {
    requireSyncCrypto();
    const [subcommand, ...rest] = context.args;
    switch (subcommand) {
      case 'enrol':
        return enrol(context);
      case 'export':
        return exportCommand(context);
      case 'import':
        return importCommand(context, rest);
      case 'status':
        return printJson(
          context.io,
          await withApp(context, 'open', async (app) => getSyncStatus(app.store), {
            as: 'sync.status',
          }),
        );
      case 'conflicts':
        return printJson(
          context.io,
          await withApp(context, 'open', async (app) => listReviewItems(app.store, context.lang), {
            as: 'sync.conflicts',
          }),
        );
      case 'resolve':
        return resolveCommand(context, rest[0]);
      case 'revoke': {
        const siteId = rest[0];
        if (siteId === undefined) {
          throw new UsageError(cliMessage('missingOption', context.lang, { option: 'SITE_ID' }));
        }
        return printJson(
          context.io,
          await withApp(
            context,
            'open',
            async (app) => revokeSite(app.store, actingUserId(app, 'sync.revoke'), siteId),
            { as: 'sync.revoke' },
          ),
        );
      }
      default:
        throw new UsageError(
          cliMessage('unknownCommand', context.lang, {
            command: `sync ${subcommand ?? ''}`.trim(),
          }),
        );
    }
  },
};
