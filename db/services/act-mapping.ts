import type { RowFields } from '../changes/index.ts';
import { confidentialServiceTypes, type ServiceAct } from '../contract/services.ts';

/**
 * A new act's fields → its columns, written once for every writer of acts: the act form
 * (recordAct), an event's attendance (db/events), the legacy import (db/import) and the demo
 * (db/demo).
 */
export type NewActFields = Pick<
  ServiceAct,
  'clientId' | 'type' | 'date' | 'town' | 'minutes' | 'workerId' | 'note' | 'computer'
> & { partnerId?: string | null; eventId?: string };

export function toNewActColumns(act: NewActFields) {
  return {
    client_id: act.clientId,
    type: act.type,
    date: act.date,
    town: act.town,
    minutes: act.minutes,
    worker_id: act.workerId,
    note: act.note,
    // Counselling notes are confidential from the moment they are written.
    is_confidential: confidentialServiceTypes.has(act.type),
    computer: act.computer,
    // Only a referral writes the column: an act without one is as it was before referrals.
    ...(act.partnerId ? { partner_id: act.partnerId } : {}),
    // Attendance at an event is an act of the event (db/events).
    ...(act.eventId ? { event_id: act.eventId } : {}),
  } satisfies RowFields<'service_acts'>;
}
