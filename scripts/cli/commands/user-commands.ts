import type { UserSummary } from '../../../db/contract/users.ts';
import {
  type Command,
  type CommandContext,
  invoke,
  printJson,
  stringOption,
  UsageError,
  withApp,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';

/** `user add|list|disable` (INTERFACES.md "People, backups and erasure"): admin only. */
function required(context: CommandContext, option: string): string {
  const value = stringOption(context.values, option);
  if (value === undefined) {
    throw new UsageError(cliMessage('missingOption', context.lang, { option: `--${option}` }));
  }
  return value;
}

function call(context: CommandContext, method: string, input: unknown) {
  return withApp(context, 'open', (app) => invoke(app, method, input, context.lang));
}

export const user: Command = {
  options: {
    name: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
  },
  async run(context) {
    const [subcommand, name] = context.args;
    switch (subcommand) {
      case 'add': {
        const password =
          stringOption(context.values, 'password') ?? context.io.env.PRISTAV_NEW_PASSWORD;
        const input = {
          userName: required(context, 'name'),
          role: required(context, 'role'),
          password: password ?? required(context, 'password'),
        };
        return printJson(context.io, await call(context, 'users.add', input));
      }
      case 'list':
        return printJson(context.io, (await call(context, 'users.list', {})) as UserSummary[]);
      case 'disable': {
        const userName = name ?? stringOption(context.values, 'name');
        if (userName === undefined) {
          throw new UsageError(cliMessage('missingOption', context.lang, { option: 'NAME' }));
        }
        return printJson(context.io, await call(context, 'users.disable', { userName }));
      }
      default:
        throw new UsageError(
          cliMessage('unknownCommand', context.lang, {
            command: `user ${subcommand ?? ''}`.trim(),
          }),
        );
    }
  },
};
