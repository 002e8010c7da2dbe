import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportStatus } from '../../../db/contract/legacy-import.ts';
import { fillPlaceholders, type Translated } from '../../../db/contract/language.ts';
import {
  type Command,
  CommandError,
  invoke,
  printJson,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

const messages = {
  notFound: {
    cs: 'Cesta {path} neexistuje.',
    en: 'Path {path} does not exist.',
  },
  notImportable: {
    cs: 'Cesta {path} není složka se soubory CSV ani sešit .xlsx.',
    en: 'Path {path} is neither a folder of CSV files nor an .xlsx workbook.',
  },
  noCsv: {
    cs: 'Ve složce {path} není žádný soubor .csv.',
    en: 'Folder {path} holds no .csv file.',
  },
} satisfies Record<string, Translated>;

/** A folder's CSV files, or the one workbook; the source is the folder's or workbook's name. */
function readImportFiles(path: string, lang: 'cs' | 'en') {
  const say = (key: keyof typeof messages) => fillPlaceholders(messages[key][lang], { path });
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new CommandError(say('notFound'));
  }
  const toFile = (file: string) => ({
    name: basename(file),
    base64: readFileSync(file).toString('base64'),
  });
  if (stats.isDirectory()) {
    const names = readdirSync(path)
      .filter((name) => extname(name).toLowerCase() === '.csv')
      .sort();
    if (names.length === 0) throw new CommandError(say('noCsv'));
    return { source: basename(path), files: names.map((name) => toFile(join(path, name))) };
  }
  if (stats.isFile() && extname(path).toLowerCase() === '.xlsx') {
    return { source: basename(path, extname(path)), files: [toFile(path)] };
  }
  throw new CommandError(say('notImportable'));
}

/**
 * `import PATH [--dry-run]` (INTERFACES.md "Legacy import"): the counts as JSON, or every
 * problem as `file:line: column: message` on stderr, exit 1, and nothing written.
 */
export const importCommand: Command = {
  options: { 'dry-run': { type: 'boolean' } },
  async run(context) {
    const [path, ...rest] = context.args;
    if (path === undefined || rest.length > 0) {
      throw new UsageError(cliMessage('missingOption', context.lang, { option: 'PATH' }));
    }
    const input = {
      ...readImportFiles(path, context.lang),
      dryRun: context.values['dry-run'] === true,
    };
    const status = await withApp(context, 'open', async (app) => {
      const { jobId } = (await invoke(app, 'import.start', input, context.lang)) as {
        jobId: string;
      };
      for (;;) {
        const current = (await invoke(
          app,
          'import.status',
          { jobId },
          context.lang,
        )) as ImportStatus;
        if (current.state !== 'running') return current;
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    for (const problem of status.problems) context.io.stderr(problem.text);
    if (status.state !== 'done') throw new CommandError(status.message ?? status.state);
    printJson(context.io, status.counts);
  },
};
