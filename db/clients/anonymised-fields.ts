import type { StoredValue } from '../changes/index.ts';

/**
 * What anonymising a client (the retention rule, db/security/gdpr/) writes into the record:
 * every field that names or reaches the person, emptied. What the reports count stays —
 * nationality, sex, residence status, first contact, the registering office — and the birth
 * date is cut to its year (see anonymisedBirthDate).
 */
export const anonymisedClientFields = {
  is_pseudonymous: 0,
  family_name: '',
  given_names: '',
  nickname: '',
  other_spellings: '',
  residence_valid_until: null,
  town: '',
  phone: '',
  email: '',
  languages: '[]',
  preferred_language: '',
  consent_date: null,
  consent_version: '',
  consent_withdrawn: null,
  is_consent_pending: 0,
  note: '',
} as const satisfies Record<string, StoredValue>;

/** A year alone is a birth date the contract accepts; the age groups count it as 1 July. */
export function anonymisedBirthDate(birthDate: string | null): string | null {
  return birthDate === null ? null : birthDate.slice(0, 4);
}

/**
 * A value of an anonymised record's history as it may be shown: the earlier values are stubs
 * in the change log once the anonymisation is applied (forget-anonymised.ts), and a value that
 * arrives later from an office that had not heard of it yet is not shown either.
 */
export function maskAnonymisedValue(column: string, value: StoredValue): StoredValue {
  if (column === 'birth_date') return typeof value === 'string' ? value.slice(0, 4) : value;
  return Object.hasOwn(anonymisedClientFields, column)
    ? anonymisedClientFields[column as keyof typeof anonymisedClientFields]
    : value;
}
