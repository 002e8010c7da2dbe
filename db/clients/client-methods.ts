import type { MethodDefinition } from '../api-types.ts';
import { getClientDetail } from './client-detail.ts';
import { getClientHistory } from './client-history.ts';
import { listClients } from './client-list.ts';
import { searchClients } from './client-search.ts';
import { createClient, updateClient } from './client-writes.ts';
import { listConsentTexts, printConsentForm } from './consent-form-method.ts';
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
  | 'clients.consentForm'
  | 'clients.consentTexts';

/** The client register's API methods: validation has run; these bind input to the queries. */
export const clientMethods: { [M in ClientMethod]: MethodDefinition<M> } = {
  'clients.create': {
    handler: ({ store, userId }, input) => createClient(store, userId, input),
  },
  'clients.update': {
    handler: ({ store, userId }, input) => updateClient(store, userId, input.id, input.changes),
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
  'clients.consentForm': { handler: ({ store }, input) => printConsentForm(store, input) },
  'clients.consentTexts': { handler: () => listConsentTexts() },
};
