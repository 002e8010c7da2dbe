import type { z } from 'zod';
import {
  eventServiceType,
  type EventDetail,
  type eventCreateInput,
  type eventUpdateInput,
} from '../contract/events.ts';
import { runWrite, writeRow, type WriteTransaction } from '../changes/index.ts';
import { requireClientForNewAct } from '../clients/new-act-guard.ts';
import { resolveClientId } from '../clients/client-resolution.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { readPartner } from '../partners/partners.ts';
import { getThisSite } from '../site/site-queries.ts';
import { type Store, storeToday } from '../store.ts';
import { getEvent, parsePartnerIds, readAttendanceActs, readEventRow } from './event-queries.ts';
import { toNewActColumns } from '../services/act-mapping.ts';

interface EventFields {
  date: string;
  town: string;
  participants: number;
  partnerIds: string[];
}

/**
 * The rules an event's fields keep together: its partners are in the register (one archived
 * since it was listed may stay), attendance is recorded only once it has taken place, and the
 * participants counted are at least the registered clients listed.
 */
function checkEvent(store: Store, fields: EventFields, clients: number, listedBefore: string[]) {
  for (const id of fields.partnerIds) {
    const partner = readPartner(store, id);
    if (!partner || (partner.isArchived && !listedBefore.includes(id))) {
      throw new PristavError('PARTNER_UNAVAILABLE', { partner: id });
    }
  }
  if (clients > 0 && fields.date > storeToday(store)) {
    throw new PristavError('EVENT_NOT_HELD_YET', { date: fields.date });
  }
  if (fields.participants < clients) {
    throw new PristavError('EVENT_PARTICIPANTS_TOO_FEW', {
      participants: fields.participants,
      clients,
    });
  }
}

/**
 * Makes the event's attendance acts say what the event says: one act of type `event` per
 * listed client, dated and placed as the event. A record merged since counts as its survivor,
 * so nobody is listed twice. With a new list (`clientIds`), acts of people no longer on it (and
 * a second act of one person) are deleted, and a client listed anew is checked as any new act
 * is (consent, anonymisation); without one, the acts only follow the event's date and town.
 */
function writeAttendance(
  w: WriteTransaction,
  eventId: string,
  fields: EventFields,
  clientIds: string[] | undefined,
): void {
  const store = w.store;
  const wanted = clientIds && new Set(clientIds.map((id) => resolveClientId(store, id)));
  const listed = new Set<string>();
  for (const act of readAttendanceActs(store, eventId)) {
    const survivor = resolveClientId(store, act.client_id);
    const isDropped = wanted !== undefined && (listed.has(survivor) || !wanted.has(survivor));
    listed.add(survivor);
    writeRow(
      w,
      'service_acts',
      act.id,
      isDropped ? { deleted: true } : { date: fields.date, town: fields.town },
    );
  }
  for (const clientId of clientIds ?? []) {
    const survivor = resolveClientId(store, clientId);
    if (listed.has(survivor)) continue;
    listed.add(survivor);
    const client = requireClientForNewAct(store, clientId);
    writeRow(
      w,
      'service_acts',
      newId(),
      // Fields an event does not ask for are written as their defaults: no operation.
      toNewActColumns({
        clientId: client.id,
        type: eventServiceType,
        date: fields.date,
        town: fields.town,
        minutes: null,
        workerId: w.author,
        note: '',
        computer: '',
        eventId,
      }),
    );
  }
}

/** How many distinct people a list of client ids names (merged records count once). */
function countPeople(store: Store, clientIds: string[]): number {
  return new Set(clientIds.map((id) => resolveClientId(store, id))).size;
}

export function createEvent(
  store: Store,
  author: string | null,
  input: z.output<typeof eventCreateInput>,
): EventDetail {
  return runWrite(store, author, (w) => {
    const fields: EventFields = {
      date: input.date,
      town: input.town || getThisSite(store)!.town,
      participants: input.participants,
      partnerIds: input.partnerIds,
    };
    checkEvent(store, fields, countPeople(store, input.clientIds), []);
    const id = newId();
    writeRow(w, 'events', id, {
      date: fields.date,
      town: fields.town,
      kind: input.eventKind,
      topic: input.topic,
      participants: fields.participants,
      partner_ids: JSON.stringify(fields.partnerIds),
      note: input.note,
    });
    writeAttendance(w, id, fields, input.clientIds);
    return getEvent(store, id);
  });
}

export function updateEvent(
  store: Store,
  author: string | null,
  input: z.output<typeof eventUpdateInput>,
): EventDetail {
  return runWrite(store, author, (w) => {
    const row = readEventRow(store, input.id);
    const { changes } = input;
    const listedBefore = parsePartnerIds(row.partner_ids);
    const fields: EventFields = {
      date: changes.date ?? row.date,
      town: changes.town === undefined ? row.town : changes.town || getThisSite(store)!.town,
      participants: changes.participants ?? row.participants,
      partnerIds: changes.partnerIds ?? listedBefore,
    };
    const clients =
      changes.clientIds === undefined
        ? readAttendanceActs(store, input.id).length
        : countPeople(store, changes.clientIds);
    checkEvent(store, fields, clients, listedBefore);
    writeRow(w, 'events', input.id, {
      date: fields.date,
      town: fields.town,
      kind: changes.eventKind,
      topic: changes.topic,
      participants: fields.participants,
      partner_ids: changes.partnerIds && JSON.stringify(changes.partnerIds),
      note: changes.note,
    });
    writeAttendance(w, input.id, fields, changes.clientIds);
    return getEvent(store, input.id);
  });
}

/** The event and every attendance act of it (deletion is a field: both stay in the log). */
export function deleteEvent(store: Store, author: string | null, id: string): void {
  runWrite(store, author, (w) => {
    readEventRow(store, id);
    for (const act of readAttendanceActs(store, id)) {
      writeRow(w, 'service_acts', act.id, { deleted: true });
    }
    writeRow(w, 'events', id, { deleted: true });
  });
}
