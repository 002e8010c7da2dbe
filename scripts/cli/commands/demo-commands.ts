import { fillRelease2010 } from '../../demo/release-2010.ts';
import { type Command, CommandError, printJson, UsageError, withApp } from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/** `demo --release-2010` | `demo --scale N [--years Y]` (INTERFACES.md). */
export const demo: Command = {
  options: {
    'release-2010': { type: 'boolean' },
    scale: { type: 'string' },
    years: { type: 'string' },
  },
  async run(context) {
    const { values, lang } = context;
    if (values.scale !== undefined || values.years !== undefined) {
      // The scaled data set for load testing is a later task; say so rather than fail oddly.
      throw new CommandError(cliMessage('scaleNotYet', lang));
    }
    if (values['release-2010'] !== true) {
      throw new UsageError(cliMessage('missingOption', lang, { option: '--release-2010' }));
    }
    // No API method: the demo writes through the same domain functions the API calls.
    const result = await withApp(context, 'open', async (app) => fillRelease2010(app.store));
    printJson(context.io, result);
  },
};
