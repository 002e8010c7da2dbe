import type { MethodDefinition } from '../api-types.ts';
import { createPartner, listPartners, updatePartner } from './partners.ts';

type PartnerMethod = 'partners.list' | 'partners.create' | 'partners.update';

/** The register of partner organisations (referrals and events name them). */
export const partnerMethods: { [M in PartnerMethod]: MethodDefinition<M> } = {
  'partners.list': {
    handler: ({ store }, input) => listPartners(store, input.includeArchived),
  },
  'partners.create': {
    handler: ({ store, userId }, input) => createPartner(store, userId, input),
  },
  'partners.update': {
    handler: ({ store, userId }, input) => updatePartner(store, userId, input),
  },
};
