import type { Client } from '../contract/clients.ts';
import type { ClientCreateInput } from '../contract/clients.ts';
import { clientCreateInput, clientFields } from '../contract/clients.ts';
import type { z } from 'zod';
import { runWrite, writeRow, type WriteTransaction } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { recordAudit } from './audit.ts';
import { toClient, toClientColumns, toNewClientColumns } from './client-mapping.ts';
import { readClientRow } from './client-resolution.ts';

type ClientFields = z.output<typeof clientFields>;

/** Registers a client: one transaction with its operations and its audit entry. */
export function createClient(store: Store, userId: string | null, input: ClientFields): Client {
  const id = runWrite(store, userId, (w) => writeNewClient(w, userId, input));
  return toClient(readClientRow(store, id)!);
}

/**
 * A new client's row and audit entry inside the caller's transaction (createClient, and the
 * legacy import writing thousands in one). Returns the new id.
 */
export function writeNewClient(w: WriteTransaction, userId: string | null, input: ClientFields) {
  const id = newId();
  writeRow(w, 'clients', id, toNewClientColumns(input, w.site));
  recordAudit(w.store, { action: 'create', clientId: id, userId, siteId: w.site });
  return id;
}

/**
 * Changes some fields of a client. The cross-field rules (a family name, a consent date or
 * "pending") are checked on the record as it will be after the change.
 */
export function updateClient(
  store: Store,
  userId: string | null,
  id: string,
  changes: Partial<ClientFields>,
): Client {
  return runWrite(store, userId, (w) => {
    const row = readClientRow(store, id);
    if (!row || row.deleted) throw new PristavError('NOT_FOUND', { what: id });
    // An anonymised record holds nothing to correct, and a name typed in would undo it.
    if (row.anonymised_on) throw new PristavError('CLIENT_ANONYMISED');
    const current = toClient(row);
    const merged = { ...current, ...definedOnly(changes) };
    const check = clientCreateInput.safeParse(toInputShape(merged));
    if (!check.success) {
      // The issues themselves: the API writes them out in the caller's language.
      throw new PristavError('VALIDATION', { details: check.error.issues });
    }
    const count = writeRow(w, 'clients', id, toClientColumns(definedOnly(changes)));
    if (count > 0) recordAudit(store, { action: 'update', clientId: id, userId, siteId: w.site });
    return toClient(readClientRow(store, id)!);
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A stored client back into the input shape, so the same schema checks the result. */
function toInputShape(client: Client): ClientCreateInput {
  const {
    id: _id,
    registeringSiteId: _site,
    mergedInto: _merged,
    anonymisedOn: _anonymised,
    ...fields
  } = client;
  return fields;
}
