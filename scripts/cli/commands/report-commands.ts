import { writeFileSync } from 'node:fs';
import {
  type Command,
  CommandError,
  invoke,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/** `report --from DATE --to DATE [--town T] [--format json] [--out FILE]` (INTERFACES.md). */
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
    if (!['json', 'csv', 'xlsx', 'pdf'].includes(format)) {
      throw new UsageError(cliMessage('badOption', context.lang, { detail: `--format ${format}` }));
    }
    if (format !== 'json') {
      // CSV, XLSX and PDF exports come with the report screen; JSON is the contract now.
      throw new CommandError(cliMessage('formatNotYet', context.lang, { format }));
    }
    const result = await withApp(context, 'open', (app) =>
      invoke(
        app,
        'reports.period',
        {
          from: option('from'),
          to: option('to'),
          ...(option('town') === undefined ? {} : { town: option('town') }),
        },
        context.lang,
      ),
    );
    const out = option('out');
    if (out === undefined) printJson(context.io, result);
    else writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  },
};
