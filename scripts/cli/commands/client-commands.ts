import { parseCountry } from '../../../db/contract/countries.ts';
import { todayIso } from '../../../db/contract/dates.ts';
import { parseResidenceStatus } from '../../../db/contract/residence.ts';
import {
  callAndPrint,
  type Command,
  type CommandContext,
  stringOption,
  UsageError,
} from '../cli-context.ts';
import { cliMessage } from '../cli-messages.ts';
import { anonymiseInactive, exportClient } from './client-gdpr-commands.ts';

/**
 * `client add|search|duplicates|export|anonymise`. Countries and statuses may be codes or Czech/English names,
 * as in the legacy import. Without --consent the client is saved as "consent pending", so the
 * app reminds the worker to collect it.
 */
async function add(context: CommandContext) {
  const { values, lang } = context;
  const option = (name: string) => stringOption(values, name);
  for (const name of ['family', 'nationality']) {
    if (option(name) === undefined) {
      throw new UsageError(cliMessage('missingOption', lang, { option: `--${name}` }));
    }
  }
  const nationality = option('nationality')!;
  const status = option('status');
  const consent = option('consent');
  await callAndPrint(context, 'clients.create', {
    familyName: option('family'),
    givenNames: option('given') ?? '',
    nationality: parseCountry(nationality) ?? nationality,
    ...(option('birth') === undefined ? {} : { birthDate: option('birth') }),
    ...(option('sex') === undefined ? {} : { sex: option('sex')!.toUpperCase().replace('Ž', 'F') }),
    ...(status === undefined ? {} : { residenceStatus: parseResidenceStatus(status) ?? status }),
    ...(option('town') === undefined ? {} : { town: option('town') }),
    ...(option('phone') === undefined ? {} : { phone: option('phone') }),
    firstContact: todayIso(),
    ...(consent === undefined ? { isConsentPending: true } : { consentDate: consent }),
  });
}

/** `client erase ID --reason TEXT`: HQ only; the erasure travels to every site in sync files. */
async function erase(context: CommandContext, clientId: string | undefined) {
  const reason = stringOption(context.values, 'reason');
  if (clientId === undefined || reason === undefined) {
    const option = clientId === undefined ? 'ID' : '--reason';
    throw new UsageError(cliMessage('missingOption', context.lang, { option }));
  }
  await callAndPrint(context, 'clients.erase', { clientId, reason });
}

export const client: Command = {
  options: {
    family: { type: 'string' },
    given: { type: 'string' },
    nationality: { type: 'string' },
    birth: { type: 'string' },
    sex: { type: 'string' },
    status: { type: 'string' },
    town: { type: 'string' },
    phone: { type: 'string' },
    consent: { type: 'string' },
    'min-score': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'inactive-years': { type: 'string' },
    'dry-run': { type: 'boolean' },
    reason: { type: 'string' },
  },
  async run(context) {
    const [subcommand, ...rest] = context.args;
    if (subcommand === 'add') return add(context);
    if (subcommand === 'search') {
      return callAndPrint(context, 'clients.search', { text: rest.join(' '), limit: 50 });
    }
    if (subcommand === 'export') return exportClient(context, rest);
    if (subcommand === 'anonymise') return anonymiseInactive(context);
    if (subcommand === 'erase') return erase(context, rest[0]);
    if (subcommand === 'duplicates') {
      const minScore = Number(stringOption(context.values, 'min-score') ?? 60);
      return callAndPrint(context, 'clients.duplicates', { minScore });
    }
    throw new UsageError(
      cliMessage('unknownCommand', context.lang, { command: `client ${subcommand ?? ''}`.trim() }),
    );
  },
};
