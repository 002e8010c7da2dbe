import type { MethodDefinition } from '../../api-types.ts';
import { getSettings } from '../../settings/settings-queries.ts';
import type { Store } from '../../store.ts';
import { anonymiseClients } from './anonymise-clients.ts';
import { listInactiveClients } from './inactive-clients.ts';
import { exportSubjectAccess } from './subject-access-export.ts';

type GdprMethod = 'clients.exportSubject' | 'clients.inactive' | 'clients.anonymise';

/** The retention rule's years: as asked, else the organisation's `retentionYears` setting. */
const yearsOf = (store: Store, years: number | undefined) =>
  years ?? getSettings(store).retentionYears;

/** Subject access and retention (issue 12, point 5): validation has run. */
export const gdprMethods: { [M in GdprMethod]: MethodDefinition<M> } = {
  'clients.exportSubject': {
    handler: ({ store, userId }, input) => exportSubjectAccess(store, userId, input),
  },
  'clients.inactive': {
    handler: ({ store }, input) => listInactiveClients(store, yearsOf(store, input?.years)),
  },
  'clients.anonymise': {
    handler: ({ store, userId }, input) =>
      anonymiseClients(store, userId, { ids: input.ids, years: yearsOf(store, input.years) }),
  },
};
