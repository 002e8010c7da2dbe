import { z } from 'zod';
import {
  eventCreateInput,
  eventKindLabels,
  eventKinds,
  isValidIsoDate,
  todayIso,
  type EventAttendee,
  type EventDetail,
  type Language,
} from '../../../db/contract/index.ts';

const shape = eventCreateInput.shape;

/**
 * The event form: the contract's rules for each field; the registered clients are kept apart
 * (a list the picker fills), and an empty number field is '' until the schema judges it.
 */
export const eventFormShape = {
  date: z.string().trim().min(1, { error: 'required' }).refine(isValidIsoDate, {
    error: 'invalidDate',
  }),
  town: shape.town,
  eventKind: shape.eventKind,
  topic: shape.topic,
  participants: z.preprocess((value) => (value === '' ? undefined : value), shape.participants),
  partnerIds: shape.partnerIds,
  note: shape.note,
};
export const eventFormSchema = z.strictObject(eventFormShape);
export type EventFormValues = Omit<z.input<typeof eventFormSchema>, 'participants'> & {
  participants: number | '';
};
export type EventFormOutput = z.output<typeof eventFormSchema>;

export function emptyEventForm(): EventFormValues {
  return {
    date: todayIso(),
    town: '',
    eventKind: 'platform_meeting',
    topic: '',
    participants: '',
    partnerIds: [],
    note: '',
  };
}

export function eventToForm(event: EventDetail): EventFormValues {
  return {
    date: event.date,
    town: event.town,
    eventKind: event.kind,
    topic: event.topic,
    participants: event.participants,
    partnerIds: event.partners.map((partner) => partner.id),
    note: event.note,
  };
}

/** What the picker adds: a registered client as the event lists them. */
export type Attendee = Pick<EventAttendee, 'clientId' | 'displayName' | 'nationality'>;

export function eventKindOptions(language: Language) {
  return eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind][language] }));
}
