import type { EventAttendee, EventDetail, EventKind, EventSummary } from '../contract/events.ts';
import type { PartnerKind } from '../contract/partners.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import { resolveClientId } from '../clients/client-resolution.ts';
import { PristavError } from '../errors.ts';
import type { ClientsTable, EventsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';

/** The partner ids of an event as stored (a JSON array); anything else reads as none. */
export function parsePartnerIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

type EventRow = EventsTable & { client_count: number };

const selectEvents = `SELECT e.*, (SELECT count(*) FROM service_acts a
    WHERE a.event_id = e.id AND a.deleted = 0) AS client_count
  FROM events e WHERE e.deleted = 0`;

function toEventSummary(store: Store, row: EventRow): EventSummary {
  const partner = prepared(store, 'SELECT id, name, kind FROM partners WHERE id = ?');
  return {
    id: row.id,
    date: row.date,
    town: row.town,
    kind: row.kind as EventKind,
    topic: row.topic,
    participants: row.participants,
    clientCount: row.client_count,
    // A partner not (yet) here, from another office's file, is left out until it arrives.
    partners: parsePartnerIds(row.partner_ids).flatMap((id) => {
      const found = partner.get(id) as { id: string; name: string; kind: string } | undefined;
      return found ? [{ ...found, kind: found.kind as PartnerKind }] : [];
    }),
    note: row.note,
  };
}

/** Events, newest first; with a period only those held in it. */
export function listEvents(store: Store, period: { from?: string; to?: string }): EventSummary[] {
  const rows = prepared(
    store,
    `${selectEvents} AND (@from IS NULL OR e.date >= @from) AND (@to IS NULL OR e.date <= @to)
     ORDER BY e.date DESC, e.id DESC`,
  ).all({ from: period.from ?? null, to: period.to ?? null }) as EventRow[];
  return rows.map((row) => toEventSummary(store, row));
}

export function readEventRow(store: Store, id: string): EventsTable {
  const row = prepared(store, 'SELECT * FROM events WHERE id = ? AND deleted = 0').get(id) as
    EventsTable | undefined;
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

/** The attendance acts of an event: one per registered client. */
export function readAttendanceActs(
  store: Store,
  eventId: string,
): { id: string; client_id: string }[] {
  return prepared(
    store,
    'SELECT id, client_id FROM service_acts WHERE event_id = ? AND deleted = 0 ORDER BY id',
  ).all(eventId) as { id: string; client_id: string }[];
}

/** An event with its partners and the registered clients who attended, in Czech order. */
export function getEvent(store: Store, id: string): EventDetail {
  readEventRow(store, id);
  const row = prepared(store, `${selectEvents} AND e.id = ?`).get(id) as EventRow;
  const client = prepared(store, 'SELECT * FROM clients WHERE id = ?');
  const attendees: EventAttendee[] = readAttendanceActs(store, id).map((act) => {
    // Listed as the person: a record merged since shows as its survivor.
    const person = client.get(resolveClientId(store, act.client_id)) as ClientsTable | undefined;
    return {
      clientId: person?.id ?? act.client_id,
      displayName: person ? clientDisplayName(person) : '',
      nationality: person?.nationality ?? '',
      actId: act.id,
    };
  });
  const collator = new Intl.Collator('cs');
  attendees.sort((a, b) => collator.compare(a.displayName, b.displayName));
  return { ...toEventSummary(store, row), attendees };
}
