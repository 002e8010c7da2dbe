import { callAndPrint, type Command, stringOption, UsageError } from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/** `service add`: one act for a registered client, as the reception screen records it. */
export const service: Command = {
  options: {
    client: { type: 'string' },
    type: { type: 'string' },
    date: { type: 'string' },
    town: { type: 'string' },
    minutes: { type: 'string' },
    note: { type: 'string' },
  },
  async run(context) {
    const [subcommand] = context.args;
    if (subcommand !== 'add') {
      throw new UsageError(
        cliMessage('unknownCommand', context.lang, {
          command: `service ${subcommand ?? ''}`.trim(),
        }),
      );
    }
    const option = (name: string) => stringOption(context.values, name);
    for (const name of ['client', 'type']) {
      if (option(name) === undefined) {
        throw new UsageError(cliMessage('missingOption', context.lang, { option: `--${name}` }));
      }
    }
    const minutes = option('minutes');
    await callAndPrint(context, 'acts.record', {
      clientId: option('client'),
      type: option('type'),
      ...(option('date') === undefined ? {} : { date: option('date') }),
      ...(option('town') === undefined ? {} : { town: option('town') }),
      // A non-number goes through as is, so the API names the field in its message.
      ...(minutes === undefined
        ? {}
        : { minutes: /^\d+$/.test(minutes) ? Number(minutes) : minutes }),
      ...(option('note') === undefined ? {} : { note: option('note') }),
    });
  },
};
