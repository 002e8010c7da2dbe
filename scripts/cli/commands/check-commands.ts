import { errorMessage } from '../../../db/contract/errors.ts';
import { checkIntegrityNow } from '../../../db/connection/integrity-check.ts';
import { type Command, CommandError, printJson, withApp } from '../cli-context.ts';

/**
 * `pristav check [--quick]`: reads every page of the database and checks it (integrity_check;
 * --quick skips the index cross-checks). Opening the app runs only the cheap checks and leaves
 * this one to the background, so this is how a person or a script asks for it now.
 */
export const check: Command = {
  options: { quick: { type: 'boolean' } },
  async run(context) {
    const started = performance.now();
    const health = await withApp(context, 'open', async (app) =>
      checkIntegrityNow(app.store, context.values.quick === true ? 'quick' : 'full'),
    );
    if (health.state === 'failed') {
      throw new CommandError(
        errorMessage('DB_CORRUPT', context.lang, { path: context.file, detail: health.detail }),
      );
    }
    printJson(context.io, {
      ...health,
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    });
  },
};
