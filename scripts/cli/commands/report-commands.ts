import { writeFileSync } from 'node:fs';
import type { Translated } from '../../../db/contract/language.ts';
import type { ExportedFile } from '../../../db/contract/report-exports.ts';
import {
  type CommandContext,
  type Command,
  CommandError,
  invoke,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

const formats = ['json', 'csv', 'xlsx', 'pdf'];

/**
 * `report --from DATE --to DATE [--town T] [--format json|csv|xlsx|pdf] [--out FILE]`
 * (INTERFACES.md). JSON is reports.period; the other formats are the files of reports.export.
 */
export const report: Command = {
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    town: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(context) {
    const option = (name: string) => stringOption(context.values, name);
    for (const name of ['from', 'to']) {
      if (option(name) === undefined) {
        throw new UsageError(cliMessage('missingOption', context.lang, { option: `--${name}` }));
      }
    }
    const format = option('format') ?? 'json';
    if (!formats.includes(format)) {
      throw new UsageError(cliMessage('badOption', context.lang, { detail: `--format ${format}` }));
    }
    const out = option('out');
    // Refused before the database is opened: a binary file is never printed to a terminal.
    if (out === undefined && (format === 'xlsx' || format === 'pdf') && !context.io.stdoutBytes) {
      throw new UsageError(
        cliMessage('binaryNeedsOut', context.lang, { format: format.toUpperCase() }),
      );
    }
    const period = {
      from: option('from'),
      to: option('to'),
      ...(option('town') === undefined ? {} : { town: option('town') }),
    };
    if (format === 'json') {
      const result = await withApp(context, 'open', (app) =>
        invoke(app, 'reports.period', period, context.lang),
      );
      if (out === undefined) printJson(context.io, result);
      else writeOut(context, out, `${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const file = (await withApp(context, 'open', (app) =>
      invoke(app, 'reports.export', { ...period, format }, context.lang),
    )) as ExportedFile;
    const bytes = Buffer.from(file.base64, 'base64');
    if (out !== undefined) writeOut(context, out, bytes);
    else if (context.io.stdoutBytes) context.io.stdoutBytes(bytes);
    // A terminal gets the CSV as lines of text: no BOM, and its own line end after the last.
    else {
      const text = bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replaceAll('\r\n', '\n');
      context.io.stdout(text.trimEnd());
    }
  },
};

/** Why a file could not be written, in words rather than an errno code. */
const writeErrors: Record<string, Translated> = {
  ENOENT: { cs: 'složka neexistuje', en: 'the folder does not exist' },
  EACCES: { cs: 'chybí oprávnění k zápisu', en: 'no permission to write there' },
  EPERM: { cs: 'chybí oprávnění k zápisu', en: 'no permission to write there' },
  EISDIR: { cs: 'je to složka', en: 'it is a folder' },
  ENOSPC: { cs: 'disk je plný', en: 'the disk is full' },
};

export function writeOut(context: CommandContext, file: string, content: string | Buffer) {
  try {
    writeFileSync(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = writeErrors[code]?.[context.lang] ?? (code || String(error));
    throw new CommandError(cliMessage('cannotWrite', context.lang, { file, reason }));
  }
}
