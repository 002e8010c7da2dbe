import type { Client, ClientSummary } from '../contract/clients.ts';
import type { ResidenceStatus, Sex } from '../contract/residence.ts';
import type { ClientsTable } from '../schema.ts';

/** Contract field → column, for writes and for naming fields in the edit history. */
export const clientColumns = {
  isPseudonymous: 'is_pseudonymous',
  familyName: 'family_name',
  givenNames: 'given_names',
  nickname: 'nickname',
  otherSpellings: 'other_spellings',
  birthDate: 'birth_date',
  sex: 'sex',
  nationality: 'nationality',
  residenceStatus: 'residence_status',
  residenceValidUntil: 'residence_valid_until',
  town: 'town',
  phone: 'phone',
  email: 'email',
  languages: 'languages',
  preferredLanguage: 'preferred_language',
  firstContact: 'first_contact',
  registeringSiteId: 'registering_site_id',
  consentDate: 'consent_date',
  consentVersion: 'consent_version',
  consentWithdrawn: 'consent_withdrawn',
  isConsentPending: 'is_consent_pending',
  note: 'note',
  mergedInto: 'merged_into',
  anonymisedOn: 'anonymised_on',
} as const satisfies Record<keyof Omit<Client, 'id'>, keyof ClientsTable>;

export const clientFieldByColumn: Record<string, string> = Object.fromEntries(
  Object.entries(clientColumns).map(([field, column]) => [column, field]),
);

/**
 * What an anonymised record is called wherever a name would stand (lists, reports' drill-downs,
 * attendance sheets): it has no name left. Czech, like the register itself; the screens
 * translate it from the record's isAnonymised.
 */
export const anonymisedClientName = 'Anonymizovaný klient';

export function clientDisplayName(row: ClientsTable): string {
  if (row.anonymised_on) return anonymisedClientName;
  if (row.is_pseudonymous) return row.nickname;
  return [row.family_name, row.given_names].filter(Boolean).join(' ');
}

export function toClient(row: ClientsTable): Client {
  return {
    id: row.id,
    isPseudonymous: row.is_pseudonymous === 1,
    familyName: row.family_name,
    givenNames: row.given_names,
    nickname: row.nickname,
    otherSpellings: row.other_spellings,
    birthDate: row.birth_date,
    sex: row.sex as Sex | null,
    nationality: row.nationality,
    residenceStatus: row.residence_status as ResidenceStatus | null,
    residenceValidUntil: row.residence_valid_until,
    town: row.town,
    phone: row.phone,
    email: row.email,
    languages: JSON.parse(row.languages) as string[],
    preferredLanguage: row.preferred_language,
    firstContact: row.first_contact,
    registeringSiteId: row.registering_site_id,
    consentDate: row.consent_date,
    consentVersion: row.consent_version,
    consentWithdrawn: row.consent_withdrawn,
    isConsentPending: row.is_consent_pending === 1,
    note: row.note,
    mergedInto: row.merged_into,
    anonymisedOn: row.anonymised_on ?? null,
  };
}

export function toClientSummary(row: ClientsTable): ClientSummary {
  return {
    id: row.id,
    displayName: clientDisplayName(row),
    isPseudonymous: row.is_pseudonymous === 1,
    birthDate: row.birth_date,
    nationality: row.nationality,
    residenceStatus: row.residence_status as ResidenceStatus | null,
    town: row.town,
    phone: row.phone,
    isConsentPending: row.is_consent_pending === 1,
    isAnonymised: Boolean(row.anonymised_on),
  };
}

/**
 * A new client's columns, for every writer of new clients (the forms' API, the legacy import
 * through writeNewClient, the demo): its fields, the office registering it, not deleted.
 */
export function toNewClientColumns(
  fields: Partial<Omit<Client, 'id'>>,
  registeringSiteId: string | null,
): Record<string, string | number | boolean | null> {
  return { ...toClientColumns(fields), registering_site_id: registeringSiteId, deleted: false };
}

/** Contract values → column values for writeRow (languages are stored as JSON text). */
export function toClientColumns(
  fields: Partial<Omit<Client, 'id'>>,
): Record<string, string | number | boolean | null> {
  const columns: Record<string, string | number | boolean | null> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = clientColumns[field as keyof typeof clientColumns];
    columns[column] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return columns;
}
