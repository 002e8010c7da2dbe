import type { MethodDefinition } from '../api-types.ts';
import { countryName } from '../contract/countries.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { getThisSite } from '../site/site-queries.ts';
import { getClientDetail } from './client-detail.ts';
import { getClientHistory } from './client-history.ts';
import { listClients } from './client-list.ts';
import { toClientSummary } from './client-mapping.ts';
import { readClientRow, resolveClientId } from './client-resolution.ts';
import { searchClients } from './client-search.ts';
import { createClient, updateClient } from './client-writes.ts';
import { renderConsentForm } from './consent-form.ts';
import { findAllDuplicates, findDuplicatesFor } from './duplicates.ts';
import { mergeClients, unmergeClient } from './merge.ts';

type ClientMethod =
  | 'clients.create'
  | 'clients.update'
  | 'clients.get'
  | 'clients.search'
  | 'clients.list'
  | 'clients.duplicatesFor'
  | 'clients.duplicates'
  | 'clients.merge'
  | 'clients.unmerge'
  | 'clients.history'
  | 'clients.consentForm';

/** The client register's API methods: validation has run; these bind input to the queries. */
export const clientMethods: { [M in ClientMethod]: MethodDefinition<M> } = {
  'clients.create': {
    handler: ({ store, userId }, input) => createClient(store, userId, input),
  },
  'clients.update': {
    handler: ({ store, userId, lang }, input) =>
      updateClient(store, userId, input.id, input.changes, lang),
  },
  'clients.get': {
    handler: ({ store, userId }, input) => getClientDetail(store, userId, input.id),
  },
  'clients.search': {
    handler: ({ store }, input) => searchClients(store, input.text, input.limit),
  },
  'clients.list': { handler: ({ store }, input) => listClients(store, input) },
  'clients.duplicatesFor': {
    handler: ({ store }, input) =>
      findDuplicatesFor(store, {
        familyName: input.familyName,
        givenNames: input.givenNames,
        birthDate: input.birthDate,
        nationality: input.nationality,
        phone: input.phone,
        excludeId: input.excludeId,
      }),
  },
  'clients.duplicates': {
    handler: ({ store }, input) => findAllDuplicates(store, input.minScore, input.limit),
  },
  'clients.merge': {
    handler: ({ store, userId }, input) =>
      mergeClients(store, userId, input.survivorId, input.mergedId),
  },
  'clients.unmerge': {
    handler: ({ store, userId }, input) => unmergeClient(store, userId, input.id),
  },
  'clients.history': { handler: ({ store }, input) => getClientHistory(store, input.id) },
  'clients.consentForm': {
    handler: async ({ store }, input) => {
      const site = getThisSite(store)!;
      const row = input.clientId
        ? readClientRow(store, resolveClientId(store, input.clientId))
        : undefined;
      const summary = row ? toClientSummary(row) : undefined;
      const pdf = await renderConsentForm({
        language: input.language,
        organisationName: getSettings(store).organisationName,
        siteName: site.name,
        siteTown: site.town,
        ...(summary
          ? {
              client: {
                displayName: summary.displayName,
                birthDate: summary.birthDate,
                nationalityName: countryName(
                  summary.nationality,
                  input.language === 'cs' ? 'cs' : 'en',
                ),
              },
            }
          : {}),
      });
      // No name in the file name: the file may be left in a shared Downloads folder.
      return { fileName: `souhlas-${input.language}.pdf`, base64: pdf.toString('base64') };
    },
  },
};
