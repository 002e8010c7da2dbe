import { addYears } from '../../contract/dates.ts';
import type { AnonymiseResult } from '../../contract/gdpr.ts';
import {
  flushOperations,
  runWrite,
  wipeFreedSpace,
  writeRow,
  type WriteTransaction,
} from '../../changes/index.ts';
import { forgetAnonymisedHistory } from './forget-anonymised.ts';
import { anonymisedBirthDate, anonymisedClientFields } from '../../clients/anonymised-fields.ts';
import { recordAudit } from '../../clients/audit.ts';
import { clientDisplayName } from '../../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../../clients/client-resolution.ts';
import { PristavError } from '../../errors.ts';
import type { ClientsTable } from '../../schema.ts';
import { selectAll } from '../../query.ts';
import { type Store, storeToday } from '../../store.ts';
import { readMergedRecords } from './client-activity.ts';
import { recordIdsOf, toInactiveClient } from './inactive-clients.ts';

/**
 * The retention rule's anonymisation, in ONE transaction through the change log (so it travels
 * to every office like any edit): each person — their record and every record merged into it —
 * keeps what the reports count, and every act, attendance mark and loan, and loses everything
 * that names or reaches them (anonymised-fields.ts), and the notes of their acts too (a
 * counsellor's note names people). The search index and duplicate keys follow through the
 * clients table's triggers; the report summaries recount the person with the same figures.
 *
 * Every id must still be inactive for `years` when this runs; one that is not (an act was
 * recorded since the list was shown) refuses the whole call, and nothing is anonymised.
 * Earlier values become stubs in the change log (forget-anonymised.ts); the caller wipes the
 * freed bytes after commit.
 */
export function anonymiseClients(
  store: Store,
  userId: string | null,
  input: { ids: string[]; years: number },
): AnonymiseResult {
  const anonymised = runWrite(store, userId, (w) => {
    const today = storeToday(store);
    const cutoff = addYears(today, -input.years);
    const merged = readMergedRecords(store);
    const survivors = [...new Set(input.ids.map((id) => resolveClientId(store, id)))];
    const result: AnonymiseResult = { years: input.years, cutoff, clients: [] };
    for (const id of survivors) {
      const row = readClientRow(store, id);
      if (!row || row.deleted) throw new PristavError('NOT_FOUND', { what: id });
      if (row.anonymised_on) continue;
      const client = toInactiveClient(store, row, merged);
      if (client.lastActivity >= cutoff) {
        throw new PristavError('CLIENT_NOT_INACTIVE', {
          client: clientDisplayName(row),
          date: client.lastActivity,
          years: input.years,
        });
      }
      for (const recordId of recordIdsOf(id, merged)) anonymiseRecord(w, recordId, today);
      recordAudit(store, { action: 'anonymise', clientId: id, userId, siteId: w.site });
      result.clients.push({
        id,
        nationality: client.nationality,
        birthYear: client.birthYear,
        lastActivity: client.lastActivity,
      });
    }
    return result;
  });
  // The emptied values' bytes, now free pages and WAL frames, are wiped (as after an erasure).
  if (anonymised.clients.length > 0) wipeFreedSpace(store);
  return anonymised;
}

function anonymiseRecord(w: WriteTransaction, id: string, today: string): void {
  const row = readClientRow(w.store, id) as ClientsTable;
  writeRow(w, 'clients', id, {
    ...anonymisedClientFields,
    birth_date: anonymisedBirthDate(row.birth_date),
    anonymised_on: today,
  });
  const notedActs = selectAll(
    w.store,
    w.store.db
      .selectFrom('service_acts')
      .select('id')
      .where('client_id', '=', id)
      .where('note', '<>', ''),
  );
  for (const { id: actId } of notedActs) writeRow(w, 'service_acts', actId, { note: '' });
  // The values just replaced must not live on in the log (the stubs travel to other offices).
  flushOperations(w);
  forgetAnonymisedHistory(w.store, id);
}
