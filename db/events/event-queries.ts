import { type NotNull, sql } from 'kysely';
import type { EventAttendee, EventDetail, EventKind, EventSummary } from '../contract/events.ts';
import type { PartnerKind } from '../contract/partners.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { PristavError } from '../errors.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { EventsTable } from '../schema.ts';
import type { Store } from '../store.ts';

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

/**
 * Live events with how many registered clients' attendance acts each has (a count is never
 * NULL; Kysely types every scalar subquery as nullable, hence the narrowing). `deleted = 0` is
 * a literal, as the partial index events_by_date states it: with a parameter SQLite cannot
 * prove the index applies, and sorts every event instead of reading them in date order.
 */
function selectEvents(store: Store) {
  return store.db
    .selectFrom('events as e')
    .selectAll('e')
    .select((eb) =>
      eb
        .selectFrom('service_acts as a')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('a.event_id', '=', 'e.id')
        .where('a.deleted', '=', 0)
        .as('client_count'),
    )
    .where('e.deleted', '=', sql.lit(0))
    .$narrowType<{ client_count: NotNull }>();
}

function toEventSummary(store: Store, row: EventRow): EventSummary {
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
      const found = selectFirst(
        store,
        store.db.selectFrom('partners').select(['id', 'name', 'kind']).where('id', '=', id),
      );
      return found ? [{ ...found, kind: found.kind as PartnerKind }] : [];
    }),
    note: row.note,
  };
}

/** Events, newest first; with a period only those held in it. */
export function listEvents(store: Store, period: { from?: string; to?: string }): EventSummary[] {
  let query = selectEvents(store).orderBy('e.date', 'desc').orderBy('e.id', 'desc');
  if (period.from !== undefined) query = query.where('e.date', '>=', period.from);
  if (period.to !== undefined) query = query.where('e.date', '<=', period.to);
  const rows = selectAll(store, query);
  return rows.map((row) => toEventSummary(store, row));
}

export function readEventRow(store: Store, id: string): EventsTable {
  const row = selectFirst(
    store,
    store.db.selectFrom('events').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

/** The attendance acts of an event: one per registered client. */
export function readAttendanceActs(
  store: Store,
  eventId: string,
): { id: string; client_id: string }[] {
  return selectAll(
    store,
    store.db
      .selectFrom('service_acts')
      .select(['id', 'client_id'])
      .where('event_id', '=', eventId)
      .where('deleted', '=', 0)
      .orderBy('id'),
  );
}

/** An event with its partners and the registered clients who attended, in Czech order. */
export function getEvent(store: Store, id: string): EventDetail {
  readEventRow(store, id);
  const row = selectFirst(store, selectEvents(store).where('e.id', '=', id))!;
  const attendees: EventAttendee[] = readAttendanceActs(store, id).map((act) => {
    // Listed as the person: a record merged since shows as its survivor.
    const person = readClientRow(store, resolveClientId(store, act.client_id));
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
