import {
  isSubjectLanguage,
  type AnonymiseResult,
  type InactiveClients,
} from '../../../db/contract/gdpr.ts';
import type { ExportedFile } from '../../../db/contract/report-exports.ts';
import {
  type CommandContext,
  invoke,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';
import { writeOut } from './report-commands.ts';

/**
 * `client export ID --format pdf|json [--lang cs|en|uk|ru|vi|mn] --out FILE` (INTERFACES.md):
 * everything held about one person. `--lang` is the PDF's language (the client's preferred one
 * when it is one of these, else Czech, without it); as everywhere it also sets the messages'
 * language, which falls back to Czech for the languages the messages do not speak. JSON
 * without --out goes to stdout.
 */
export async function exportClient(context: CommandContext, args: string[]): Promise<void> {
  const { lang, values } = context;
  const [clientId] = args;
  if (clientId === undefined || args.length > 1) {
    throw new UsageError(cliMessage('missingOption', lang, { option: 'ID' }));
  }
  const format = stringOption(values, 'format');
  if (format === undefined) {
    throw new UsageError(cliMessage('missingOption', lang, { option: '--format' }));
  }
  if (format !== 'pdf' && format !== 'json') {
    throw new UsageError(cliMessage('badOption', lang, { detail: `--format ${format}` }));
  }
  const language = stringOption(values, 'lang');
  if (language !== undefined && !isSubjectLanguage(language)) {
    throw new UsageError(cliMessage('badOption', lang, { detail: `--lang ${language}` }));
  }
  const out = stringOption(values, 'out');
  // Refused before the database is opened: a PDF is never printed to a terminal.
  if (out === undefined && format === 'pdf' && !context.io.stdoutBytes) {
    throw new UsageError(cliMessage('binaryNeedsOut', lang, { format: 'PDF' }));
  }
  const input = { clientId, format, ...(language === undefined ? {} : { language }) };
  const file = (await withApp(context, 'open', (app) =>
    invoke(app, 'clients.exportSubject', input, lang),
  )) as ExportedFile;
  const bytes = Buffer.from(file.base64, 'base64');
  if (out !== undefined) writeOut(context, out, bytes);
  else if (format === 'json') context.io.stdout(bytes.toString('utf8').trimEnd());
  else context.io.stdoutBytes!(bytes);
}

/**
 * `client anonymise --inactive-years N [--dry-run]`: the retention rule. Prints what was (or,
 * with --dry-run, would be) anonymised as JSON: `{years, cutoff, isDryRun, clients}`. The dry
 * run names each client, for checking the list; the real run names nobody, since naming them
 * is what it undoes.
 */
export async function anonymiseInactive(context: CommandContext): Promise<void> {
  const { lang, values } = context;
  const text = stringOption(values, 'inactive-years');
  if (text === undefined) {
    throw new UsageError(cliMessage('missingOption', lang, { option: '--inactive-years' }));
  }
  const years = Number(text);
  if (!/^\d+$/.test(text) || years < 1 || years > 100) {
    throw new UsageError(cliMessage('badOption', lang, { detail: `--inactive-years ${text}` }));
  }
  const isDryRun = values['dry-run'] === true;
  const result = await withApp(context, 'open', async (app) => {
    const list = (await invoke(app, 'clients.inactive', { years }, lang)) as InactiveClients;
    if (isDryRun || list.clients.length === 0) return { ...list, isDryRun };
    const ids = list.clients.map((client) => client.id);
    const done = (await invoke(app, 'clients.anonymise', { ids, years }, lang)) as AnonymiseResult;
    return { ...done, isDryRun };
  });
  printJson(context.io, {
    years: result.years,
    cutoff: result.cutoff,
    isDryRun,
    clients: result.clients,
  });
}
