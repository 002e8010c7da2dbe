import type { MethodDefinition } from '../api-types.ts';
import { deleteAct, getAct, recordAct, updateAct } from './acts.ts';
import { getClientTimeline } from './client-timeline.ts';
import { getDayOverview } from './day-overview.ts';
import { archiveServiceType, createServiceType, listServiceTypes } from './service-catalogue.ts';
import { addTally, undoTally } from './tallies.ts';

type ServiceMethod =
  | 'serviceTypes.list'
  | 'serviceTypes.create'
  | 'serviceTypes.archive'
  | 'acts.record'
  | 'acts.get'
  | 'acts.update'
  | 'acts.delete'
  | 'acts.timeline'
  | 'acts.day'
  | 'tallies.add'
  | 'tallies.undo';

/** The service catalogue, acts and tallies: input is validated; these bind it to the queries. */
export const serviceMethods: { [M in ServiceMethod]: MethodDefinition<M> } = {
  'serviceTypes.list': {
    handler: ({ store }, input) => listServiceTypes(store, input.includeArchived),
  },
  'serviceTypes.create': {
    handler: ({ store, user }, input) => createServiceType(store, user?.id ?? null, input),
  },
  'serviceTypes.archive': {
    handler: ({ store, user }, input) =>
      archiveServiceType(store, user?.id ?? null, input.code, input.isArchived),
  },
  'acts.record': {
    handler: ({ store, user, lang }, input) => recordAct(store, user?.id ?? null, input, lang),
  },
  'acts.update': {
    handler: ({ store, user, lang }, input) =>
      updateAct(store, user?.id ?? null, input.id, input.changes, lang),
  },
  'acts.delete': {
    handler: ({ store, user }, input) => {
      deleteAct(store, user?.id ?? null, input.id);
      return { id: input.id };
    },
  },
  'acts.timeline': { handler: ({ store }, input) => getClientTimeline(store, input.clientId) },
  'acts.day': { handler: ({ store }, input) => getDayOverview(store, input.date) },
  'acts.get': { handler: ({ store }, input) => getAct(store, input.id) },
  'tallies.add': {
    handler: ({ store, user, lang }, input) => addTally(store, user?.id ?? null, input, lang),
  },
  'tallies.undo': {
    handler: ({ store, user, lang }, input) => undoTally(store, user?.id ?? null, input, lang),
  },
};
