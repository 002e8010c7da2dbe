import type { MethodDefinition } from '../api-types.ts';
import { deleteAct, getAct, recordAct, updateAct } from './acts.ts';
import { getClientTimeline } from './client-timeline.ts';
import { getDayOverview } from './day-overview.ts';
import { archiveServiceType, createServiceType, listServiceTypes } from './service-catalogue.ts';
import { addTally, undoTally } from './tallies.ts';
import {
  canReadConfidential,
  confidentialDenied,
  redactAct,
} from '../security/confidential-notes.ts';

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
    handler: ({ store, userId }, input) => createServiceType(store, userId, input),
  },
  'serviceTypes.archive': {
    handler: ({ store, userId }, input) =>
      archiveServiceType(store, userId, input.code, input.isArchived),
  },
  'acts.record': {
    handler: ({ store, userId }, input) => recordAct(store, userId, input),
  },
  'acts.update': {
    handler: ({ store, user, userId }, input) => {
      // Who may not read a confidential note may not overwrite it either.
      if (input.changes.note !== undefined && !canReadConfidential(user)) {
        const act = getAct(store, input.id);
        if (act.isConfidential) throw confidentialDenied(user);
      }
      return redactAct(updateAct(store, userId, input.id, input.changes), user);
    },
  },
  'acts.delete': {
    handler: ({ store, userId }, input) => {
      deleteAct(store, userId, input.id);
      return { id: input.id };
    },
  },
  'acts.timeline': { handler: ({ store }, input) => getClientTimeline(store, input.clientId) },
  'acts.day': { handler: ({ store }, input) => getDayOverview(store, input.date) },
  'acts.get': { handler: ({ store, user }, input) => redactAct(getAct(store, input.id), user) },
  'tallies.add': {
    handler: ({ store, userId }, input) => addTally(store, userId, input),
  },
  'tallies.undo': {
    handler: ({ store, userId }, input) => undoTally(store, userId, input),
  },
};
