import type { Language } from '../contract/language.ts';
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
import { prepared, type Store, storeToday } from '../store.ts';
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
  const row = prepared(
    store,
    `SELECT a.*, u.name AS worker_name FROM service_acts a LEFT JOIN users u ON u.id = a.worker_id
     WHERE a.id = ? AND a.deleted = 0`,
  ).get(id) as (ServiceActsTable & { worker_name: string | null }) | undefined;
  return row ? toServiceAct(row) : undefined;
}

/**
 * Checks the type can be recorded by hand and the date is not in the future. An existing act
 * keeps its type even when that type was archived since (isTypeUnchanged).
 */
function checkActFields(
  store: Store,
  type: string,
  date: string,
  lang: Language,
  isTypeUnchanged = false,
) {
  const serviceType = findServiceType(store, type);
  const reason = (cs: string, en: string) =>
    new PristavError('INVALID_SERVICE_TYPE', { type, reason: lang === 'cs' ? cs : en });
  if (!serviceType)
    throw reason('taková služba v katalogu není', 'no such service in the catalogue');
  if (serviceType.isArchived && !isTypeUnchanged) {
    throw reason('služba je archivovaná', 'the service is archived');
  }
  if (type === eventServiceType && !isTypeUnchanged) {
    throw reason(
      'účast na akci se zapisuje u akce (Akce)',
      'event attendance is recorded with the event',
    );
  }
  if (derivedServiceTypes.has(type) && !isTypeUnchanged) {
    throw reason('úkony kurzů vznikají z docházky', 'course acts come from attendance');
  }
  if (date > storeToday(store)) throw new PristavError('DATE_IN_FUTURE', { date });
}

/**
 * Records one act for a client — under the surviving record when the id was merged away —
 * with today's date and this site's town unless given.
 */
export function recordAct(
  store: Store,
  workerId: string | null,
  input: ActInput,
  lang: Language,
): ServiceAct {
  return runWrite(store, workerId, (w) => {
    const clientId = requireClientForNewAct(store, input.clientId).id;
    const date = input.date ?? storeToday(store);
    checkActFields(store, input.type, date, lang);
    if (input.partnerId) requirePartnerForReferral(store, input.partnerId);
    const id = newId();
    writeRow(w, 'service_acts', id, {
      client_id: clientId,
      type: input.type,
      date,
      town: input.town || getThisSite(store)!.town,
      minutes: input.minutes ?? null,
      worker_id: workerId,
      note: input.note,
      is_confidential: confidentialServiceTypes.has(input.type),
      computer: input.computer,
      // Only a referral writes the column: an act without one is as it was before referrals.
      ...(input.partnerId ? { partner_id: input.partnerId } : {}),
    });
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
  lang: Language,
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
        lang,
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
