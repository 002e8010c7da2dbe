import type { z } from 'zod';
import type {
  Partner,
  PartnerKind,
  partnerCreateInput,
  partnerUpdateInput,
} from '../contract/partners.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { PartnersTable } from '../schema.ts';
import type { Store } from '../store.ts';

function toPartner(row: PartnersTable): Partner {
  return {
    id: row.id,
    name: row.name,
    // A kind only a newer office knows stays as it came; the screens show its code.
    kind: row.kind as PartnerKind,
    town: row.town,
    contact: row.contact,
    note: row.note,
    isArchived: row.is_archived === 1,
  };
}

/** A partner by id (archived ones too: earlier referrals name them), or undefined. */
export function readPartner(store: Store, id: string): Partner | undefined {
  const row = selectFirst(
    store,
    store.db.selectFrom('partners').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
  return row ? toPartner(row) : undefined;
}

function getPartner(store: Store, id: string): Partner {
  const partner = readPartner(store, id);
  if (!partner) throw new PristavError('NOT_FOUND', { what: id });
  return partner;
}

/** The register in Czech alphabetical order of names; the archived ones only when asked. */
export function listPartners(store: Store, includeArchived: boolean): Partner[] {
  const rows = selectAll(
    store,
    store.db.selectFrom('partners').selectAll().where('deleted', '=', 0),
  );
  const collator = new Intl.Collator('cs');
  return rows
    .map(toPartner)
    .filter((partner) => includeArchived || !partner.isArchived)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * The partner a new referral names: it must be in the register and not archived (an act that
 * keeps its earlier referral is not asked again; see acts.ts).
 */
export function requirePartnerForReferral(store: Store, id: string): Partner {
  const partner = readPartner(store, id);
  if (!partner || partner.isArchived)
    throw new PristavError('PARTNER_UNAVAILABLE', { partner: id });
  return partner;
}

export function createPartner(
  store: Store,
  author: string | null,
  input: z.output<typeof partnerCreateInput>,
): Partner {
  return runWrite(store, author, (w) => {
    const id = newId();
    writeRow(w, 'partners', id, {
      name: input.organisationName,
      kind: input.partnerKind,
      town: input.town,
      contact: input.contact,
      note: input.note,
    });
    return getPartner(store, id);
  });
}

export function updatePartner(
  store: Store,
  author: string | null,
  input: z.output<typeof partnerUpdateInput>,
): Partner {
  return runWrite(store, author, (w) => {
    getPartner(store, input.id);
    const { changes } = input;
    writeRow(w, 'partners', input.id, {
      name: changes.organisationName,
      kind: changes.partnerKind,
      town: changes.town,
      contact: changes.contact,
      note: changes.note,
      is_archived: changes.isArchived,
    });
    return getPartner(store, input.id);
  });
}
