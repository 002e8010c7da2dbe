import { type Command, stringOption, callAndPrint } from '../cli-context.ts';

/**
 * `audit [--client ID] [--user NAME] [--from DATE] [--to DATE]` (INTERFACES.md, admin): the read
 * and change audit as JSON. Here `--user` is the filter INTERFACES.md gives it, so the person
 * running the command signs in through PRISTAV_USER (and PRISTAV_PASSWORD or the prompt).
 */
export const audit: Command = {
  options: {
    client: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run(context) {
    const { values } = context;
    const filter = {
      ...(stringOption(values, 'client') === undefined
        ? {}
        : { clientId: stringOption(values, 'client') }),
      ...(stringOption(values, 'user') === undefined
        ? {}
        : { userName: stringOption(values, 'user') }),
      ...(stringOption(values, 'from') === undefined ? {} : { from: stringOption(values, 'from') }),
      ...(stringOption(values, 'to') === undefined ? {} : { to: stringOption(values, 'to') }),
    };
    const { user: _filter, ...rest } = values;
    await callAndPrint({ ...context, values: rest }, 'audit.list', filter);
  },
};
