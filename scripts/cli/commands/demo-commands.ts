import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Language } from '../../../db/contract/language.ts';
import type { App } from '../../../db/open-app.ts';
import { fillRelease2010 } from '../../../db/demo/release-2010.ts';
import { fillScale } from '../../../db/demo/scale-demo.ts';
import {
  type Command,
  type CommandContext,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';
import { removeDatabase } from './site-commands.ts';

/** An integer option within bounds, or a usage error naming the option and the bounds. */
function integerOption(
  context: CommandContext,
  name: string,
  bounds: { min: number; max: number; default: number },
): number {
  const text = stringOption(context.values, name);
  if (text === undefined) return bounds.default;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < bounds.min || value > bounds.max) {
    throw new UsageError(badInteger(name, bounds, context.lang));
  }
  return value;
}

const badInteger = (name: string, bounds: { min: number; max: number }, lang: Language) =>
  cliMessage('badInteger', lang, {
    option: `--${name}`,
    min: String(bounds.min),
    max: bounds.max.toLocaleString(lang === 'cs' ? 'cs-CZ' : 'en-GB'),
  });

/**
 * Opens the database, creating it when missing (the demo then creates its own site); a file
 * this command created is removed again if the demo fails.
 */
async function withDemoApp<T>(context: CommandContext, work: (app: App) => T): Promise<T> {
  const existedBefore = existsSync(context.file);
  try {
    return await withApp(context, 'open-or-create', async (app) => work(app), { as: 'demo.fill' });
  } catch (error) {
    if (!existedBefore) removeDatabase(context.file);
    throw error;
  }
}

/** `demo --release-2010 [--seed S]` | `demo --scale N [--years Y] [--seed S]` (INTERFACES.md). */
export const demo: Command = {
  options: {
    'release-2010': { type: 'boolean' },
    scale: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(context) {
    const { values, lang } = context;
    const isScale = values.scale !== undefined;
    if (isScale === (values['release-2010'] === true) || (!isScale && values.years !== undefined)) {
      throw new UsageError(cliMessage('demoKind', lang));
    }
    const seedBounds = { min: 0, max: 2 ** 32 - 1 };
    if (!isScale) {
      const seed = integerOption(context, 'seed', { ...seedBounds, default: 2010 });
      // No API method: the demo writes through the same domain functions the API calls.
      const result = await withDemoApp(context, (app) => fillRelease2010(app.store, { seed }));
      printJson(context.io, result);
      return;
    }
    const clients = integerOption(context, 'scale', { min: 1, max: 10_000_000, default: 0 });
    const years = integerOption(context, 'years', { min: 1, max: 30, default: 1 });
    const seed = integerOption(context, 'seed', { ...seedBounds, default: 1 });
    const started = performance.now();
    const result = await withDemoApp(context, (app) =>
      fillScale(app.store, {
        clients,
        years,
        seed,
        onProgress: (progress) =>
          context.io.stderr(
            cliMessage('scaleProgress', lang, {
              clients: String(progress.clients),
              of: String(progress.of),
              rows: String(progress.rows),
              operations: String(progress.operations),
              seconds: ((performance.now() - started) / 1000).toFixed(0),
            }),
          ),
      }),
    );
    printJson(context.io, result);
  },
};
