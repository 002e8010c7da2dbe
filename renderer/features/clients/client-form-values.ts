import { z } from 'zod';
import {
  clientCreateInput,
  clientFields,
  todayIso,
  type Client,
  type ClientCreateInput,
  type Language,
} from '../../../db/contract/index.ts';
import { formatDate, normaliseBirthDate } from './client-format.ts';

/** What the form holds: the contract's input, with every field present so inputs stay controlled. */
export type ClientFormValues = ClientCreateInput;
/** What the form hands over once valid: the contract's parsed input. */
export type ClientFormOutput = z.output<typeof clientCreateInput>;

export type ClientFieldName = keyof typeof clientFields.shape;
const fieldNames = Object.keys(clientFields.shape) as ClientFieldName[];

export function emptyClientForm(): ClientFormValues {
  return {
    isPseudonymous: false,
    familyName: '',
    givenNames: '',
    nickname: '',
    otherSpellings: '',
    birthDate: '',
    sex: null,
    nationality: '',
    residenceStatus: null,
    residenceValidUntil: '',
    town: '',
    phone: '',
    email: '',
    languages: [],
    preferredLanguage: '',
    // A new record is made when the person is here: that is the first contact.
    firstContact: todayIso(),
    consentDate: '',
    consentVersion: '',
    consentWithdrawn: '',
    isConsentPending: false,
    note: '',
  };
}

/** The stored record as the form shows it; a birth date in the UI language's own format. */
export function clientToForm(client: Client, language: Language): ClientFormValues {
  return {
    isPseudonymous: client.isPseudonymous,
    familyName: client.familyName,
    givenNames: client.givenNames,
    nickname: client.nickname,
    otherSpellings: client.otherSpellings,
    birthDate: formatDate(client.birthDate, language),
    sex: client.sex,
    nationality: client.nationality,
    residenceStatus: client.residenceStatus,
    residenceValidUntil: client.residenceValidUntil ?? '',
    town: client.town,
    phone: client.phone,
    email: client.email,
    languages: client.languages,
    preferredLanguage: client.preferredLanguage,
    firstContact: client.firstContact ?? '',
    consentDate: client.consentDate ?? '',
    consentVersion: client.consentVersion,
    consentWithdrawn: client.consentWithdrawn ?? '',
    isConsentPending: client.isConsentPending,
    note: client.note,
  };
}

/**
 * What the schema is given: a birth date typed the Czech or English way becomes ISO, and a
 * pseudonymous client keeps only nickname, nationality and birth year — whatever was typed in
 * the hidden fields before the switch was turned on is neither checked nor saved.
 */
export function normaliseFormValues(values: ClientFormValues): ClientFormValues {
  const birthDate = normaliseBirthDate(values.birthDate ?? '');
  if (!values.isPseudonymous) return { ...values, birthDate };
  return {
    ...values,
    familyName: '',
    givenNames: '',
    otherSpellings: '',
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate.slice(0, 4) : birthDate,
    sex: null,
    residenceStatus: null,
    residenceValidUntil: '',
    town: '',
    phone: '',
    email: '',
  };
}

/** Only the fields that differ from the stored record, so the history shows real changes. */
export function changedFields(values: ClientFormOutput, client: Client): Partial<ClientFormOutput> {
  const changes: Record<string, unknown> = {};
  for (const name of fieldNames) {
    const before: unknown = client[name] ?? null;
    const after: unknown = values[name] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[name] = after;
  }
  return changes as Partial<ClientFormOutput>;
}
