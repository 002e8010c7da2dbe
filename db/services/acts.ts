import type { ServiceTypeRefusal } from '../contract/error-params.ts';
import { eventServiceType } from '../contract/events.ts';
import {
  confidentialServiceTypes,
  derivedServiceTypes,
  type ServiceAct,
} from '../contract/services.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { requireClientForNewAct } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { requirePartnerForReferral } from '../partners/partners.ts';
import { newId } from '../ids.ts';
import type { ServiceActsTable } from '../schema.ts';
import { getThisSite } from '../site/site-queries.ts';
import { selectFirst } from '../query.ts';
import { type Store, storeToday } from '../store.ts';
import { toNewActColumns } from './act-mapping.ts';
import { findServiceType } from './service-catalogue.ts';

export interface ActInput {
  clientId: string;
  type: string;
  date?: string | undefined;
  town?: string | undefined;
  minutes?: number | null | undefined;
  note: string;
  computer: string;
  partnerId?: string | null | undefined;
}

export function toServiceAct(row: ServiceActsTable & { worker_name?: string | null }): ServiceAct {
  return {
    id: row.id,
    clientId: row.client_id,
    type: row.type,
    date: row.date,
    town: row.town,
    minutes: row.minutes,
    workerId: row.worker_id,
    workerName: row.worker_name ?? null,
    isConfidential: row.is_confidential === 1,
    note: row.note,
    computer: row.computer,
    partnerId: row.partner_id,
    eventId: row.event_id,
  };
}

export function getAct(store: Store, id: string): ServiceAct {
  const act = readAct(store, id);
  if (!act) throw new PristavError('NOT_FOUND', { what: id });
  return act;
}

export function readAct(store: Store, id: string): ServiceAct | undefined {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('service_acts as a')
      .leftJoin('users as u', 'u.id', 'a.worker_id')
      .selectAll('a')
      .select('u.name as worker_name')
      .where('a.id', '=', id)
      .where('a.deleted', '=', 0),
  );
  return row ? toServiceAct(row) : undefined;
}

/**
 * Checks the type can be recorded by hand and the date is not in the future. An existing act
 * keeps its type even when that type was archived since (isTypeUnchanged).
 */
function checkActFields(store: Store, type: string, date: string, isTypeUnchanged = false) {
  const serviceType = findServiceType(store, type);
  // The reason is a code: the API words it (contract/error-params.ts).
  const refuse = (reason: ServiceTypeRefusal) =>
    new PristavError('INVALID_SERVICE_TYPE', { type, reason });
  if (!serviceType) throw refuse('notInCatalogue');
  if (serviceType.isArchived && !isTypeUnchanged) throw refuse('archived');
  if (type === eventServiceType && !isTypeUnchanged) throw refuse('eventAct');
  if (derivedServiceTypes.has(type) && !isTypeUnchanged) throw refuse('courseAct');
  if (date > storeToday(store)) throw new PristavError('DATE_IN_FUTURE', { date });
}

/**
 * Records one act for a client — under the surviving record when the id was merged away —
 * with today's date and this site's town unless given.
 */
export function recordAct(store: Store, workerId: string | null, input: ActInput): ServiceAct {
  return runWrite(store, workerId, (w) => {
    const clientId = requireClientForNewAct(store, input.clientId).id;
    const date = input.date ?? storeToday(store);
    checkActFields(store, input.type, date);
    if (input.partnerId) requirePartnerForReferral(store, input.partnerId);
    const id = newId();
    writeRow(
      w,
      'service_acts',
      id,
      toNewActColumns({
        clientId,
        type: input.type,
        date,
        town: input.town || getThisSite(store)!.town,
        minutes: input.minutes ?? null,
        workerId,
        note: input.note,
        computer: input.computer,
        partnerId: input.partnerId,
      }),
    );
    return readAct(store, id)!;
  });
}

export function updateAct(
  store: Store,
  author: string | null,
  id: string,
  changes: {
    type?: string;
    date?: string;
    town?: string;
    minutes?: number | null;
    note?: string;
    partnerId?: string | null;
  },
): ServiceAct {
  return runWrite(store, author, (w) => {
    const act = readAct(store, id);
    if (!act) throw new PristavError('NOT_FOUND', { what: id });
    // An event's attendance is dated, placed and typed by its event (db/events).
    const isMoved = [changes.type, changes.date, changes.town].some(
      (value, index) => value !== undefined && value !== [act.type, act.date, act.town][index],
    );
    if (act.eventId !== null && isMoved) throw new PristavError('EVENT_ACT_LOCKED');
    // A new referral must name a partner in the register; one the act already has may stay.
    if (changes.partnerId && changes.partnerId !== act.partnerId) {
      requirePartnerForReferral(store, changes.partnerId);
    }
    // Only what changes is checked: fixing the note of an act whose type was archived since is fine.
    if (changes.type !== undefined || changes.date !== undefined) {
      checkActFields(
        store,
        changes.type ?? act.type,
        changes.date ?? act.date,
        changes.type === undefined,
      );
    }
    writeRow(w, 'service_acts', id, {
      ...(changes.type === undefined
        ? {}
        : { type: changes.type, is_confidential: confidentialServiceTypes.has(changes.type) }),
      ...(changes.date === undefined ? {} : { date: changes.date }),
      ...(changes.town === undefined ? {} : { town: changes.town }),
      ...(changes.minutes === undefined ? {} : { minutes: changes.minutes }),
      ...(changes.note === undefined ? {} : { note: changes.note }),
      ...(changes.partnerId === undefined ? {} : { partner_id: changes.partnerId || null }),
    });
    return readAct(store, id)!;
  });
}

/** Deletion is a field (SYNC.md): the act stays in the change log, marked deleted. */
export function deleteAct(store: Store, author: string | null, id: string): void {
  runWrite(store, author, (w) => {
    if (!readAct(store, id)) throw new PristavError('NOT_FOUND', { what: id });
    writeRow(w, 'service_acts', id, { deleted: true });
  });
}
