import type { MethodDefinition } from '../api-types.ts';
import { getEvent, listEvents } from './event-queries.ts';
import { createEvent, deleteEvent, updateEvent } from './event-writes.ts';

type EventMethod =
  'events.list' | 'events.get' | 'events.create' | 'events.update' | 'events.delete';

/** Events (platform meetings, conferences, information sessions) and who attended them. */
export const eventMethods: { [M in EventMethod]: MethodDefinition<M> } = {
  'events.list': { handler: ({ store }, input) => listEvents(store, input) },
  'events.get': { handler: ({ store }, input) => getEvent(store, input.id) },
  'events.create': {
    handler: ({ store, userId }, input) => createEvent(store, userId, input),
  },
  'events.update': {
    handler: ({ store, userId }, input) => updateEvent(store, userId, input),
  },
  'events.delete': {
    handler: ({ store, userId }, input) => {
      deleteEvent(store, userId, input.id);
      return { id: input.id };
    },
  },
};
