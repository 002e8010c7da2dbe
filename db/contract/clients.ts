import { z } from 'zod';
import { isCountryCode } from './countries.ts';
import {
  birthDate,
  boundedInt,
  boundedNumber,
  cleanText,
  isoDate,
  optionalEventDate,
  optionalIsoDate,
  optionalName,
  recordId,
} from './input-rules.ts';
import { residenceStatuses, sexes, type ResidenceStatus, type Sex } from './residence.ts';

/** The client record: domain types and the one schema the form, the API and the CLI share. */

export interface Client {
  id: string;
  isPseudonymous: boolean;
  familyName: string;
  givenNames: string;
  /** Pseudonymous clients (low-threshold services) are known by a nickname. */
  nickname: string;
  /** Other spellings: the Cyrillic original, a maiden name, a transliteration… one per line. */
  otherSpellings: string;
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  birthDate: string | null;
  sex: Sex | null;
  nationality: string;
  residenceStatus: ResidenceStatus | null;
  residenceValidUntil: string | null;
  town: string;
  phone: string;
  email: string;
  /** ISO 639-1 codes of the languages the person speaks. */
  languages: string[];
  preferredLanguage: string;
  firstContact: string | null;
  registeringSiteId: string | null;
  consentDate: string | null;
  consentVersion: string;
  consentWithdrawn: string | null;
  isConsentPending: boolean;
  note: string;
  /** Set when this record was merged into another: reads go to the survivor. */
  mergedInto: string | null;
  /**
   * The day the retention rule anonymised the record (db/security/gdpr/): names and contacts
   * are gone, it is shown as "Anonymizovaný klient" and takes no new acts.
   */
  anonymisedOn: string | null;
}

/** What lists and search results show. */
export interface ClientSummary {
  id: string;
  displayName: string;
  isPseudonymous: boolean;
  birthDate: string | null;
  nationality: string;
  residenceStatus: ResidenceStatus | null;
  town: string;
  phone: string;
  isConsentPending: boolean;
  isAnonymised: boolean;
}

export interface ClientDetail {
  client: Client;
  /** When the requested id was merged away: the id that was asked for. */
  requestedId: string;
  /** Records merged into this one (they can be unmerged). */
  mergedRecords: ClientSummary[];
  isThirdCountryNational: boolean;
  /** The numbers this person had in legacy registers imported (this record and merged ones). */
  legacyRefs: { source: string; ref: string }[];
}

export interface DuplicateCandidate {
  client: ClientSummary;
  /** 0–100: how likely the two records are the same person. */
  score: number;
  reasons: DuplicateReason[];
}

export type DuplicateReason =
  | 'sameNames'
  | 'sameNamesSwapped'
  | 'similarNames'
  | 'sameBirthDate'
  | 'sameBirthYear'
  | 'differentBirthDate'
  | 'sameNationality'
  | 'samePhone';

export interface DuplicatePair {
  a: ClientSummary;
  b: ClientSummary;
  score: number;
  reasons: DuplicateReason[];
}

export interface HistoryEntry {
  /** The record the change was made on: the client's own id, or a record merged into it. */
  recordId: string;
  at: string;
  userName: string | null;
  siteName: string | null;
  field: string;
  value: string | number | null;
}

export interface ClientList {
  total: number;
  rows: ClientSummary[];
}

const text = (max: number) => cleanText(max);
const notes = (max: number) => cleanText(max, { isMultiLine: true });
const languageCode = z
  .string({ error: 'invalidLanguage' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { error: 'invalidLanguage' });

/** Each field's own rules, without defaults (an update must not fill in what it leaves out). */
const clientFieldShape = {
  isPseudonymous: z.boolean({ error: 'invalidType' }),
  familyName: optionalName(100),
  givenNames: optionalName(100),
  nickname: optionalName(100),
  otherSpellings: notes(500),
  birthDate,
  sex: z.enum(sexes, { error: 'invalidChoice' }).nullable().optional(),
  nationality: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .min(1, { error: 'required' })
    .refine(isCountryCode, { error: 'unknownCountry' }),
  residenceStatus: z.enum(residenceStatuses, { error: 'invalidChoice' }).nullable().optional(),
  residenceValidUntil: optionalIsoDate,
  town: optionalName(100),
  phone: text(40),
  email: text(200).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: 'invalidEmail',
  }),
  languages: z.array(languageCode, { error: 'invalidLanguage' }).max(20, { error: 'tooMany' }),
  preferredLanguage: z
    .string({ error: 'invalidLanguage' })
    .trim()
    .toLowerCase()
    .refine((value) => value === '' || /^[a-z]{2,3}$/.test(value), { error: 'invalidLanguage' }),
  firstContact: optionalEventDate,
  consentDate: optionalEventDate,
  consentVersion: text(40),
  consentWithdrawn: optionalEventDate,
  isConsentPending: z.boolean({ error: 'invalidType' }),
  note: notes(4000),
};

/** Fields of a client as a form or a command sends them (before the cross-field checks). */
export const clientFields = z.strictObject({
  ...clientFieldShape,
  isPseudonymous: clientFieldShape.isPseudonymous.default(false),
  familyName: clientFieldShape.familyName.default(''),
  givenNames: clientFieldShape.givenNames.default(''),
  nickname: clientFieldShape.nickname.default(''),
  otherSpellings: clientFieldShape.otherSpellings.default(''),
  town: clientFieldShape.town.default(''),
  phone: clientFieldShape.phone.default(''),
  email: clientFieldShape.email.default(''),
  languages: clientFieldShape.languages.default([]),
  preferredLanguage: clientFieldShape.preferredLanguage.default(''),
  consentVersion: clientFieldShape.consentVersion.default(''),
  isConsentPending: clientFieldShape.isConsentPending.default(false),
  note: clientFieldShape.note.default(''),
});

type ClientFieldsOutput = z.output<typeof clientFields>;

/**
 * The rules across fields: a named client needs a family name; a pseudonymous one a nickname
 * and a birth year; nobody is saved without a consent date unless marked "consent pending".
 */
function checkClient(value: Partial<ClientFieldsOutput>, context: z.RefinementCtx) {
  const issue = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (value.isPseudonymous) {
    if (!value.nickname) issue('nickname', 'required');
    if (!value.birthDate) issue('birthDate', 'required');
  } else if (value.familyName === '') {
    issue('familyName', 'required');
  }
  if (!value.consentDate && !value.isConsentPending) issue('consentDate', 'consentRequired');
  if (value.consentWithdrawn && value.consentDate && value.consentWithdrawn < value.consentDate) {
    issue('consentWithdrawn', 'beforeConsent');
  }
}

export const clientCreateInput = clientFields.superRefine(checkClient);
export type ClientCreateInput = z.input<typeof clientCreateInput>;

/** An update names the client and the fields that change; the rest stays. */
export const clientUpdateInput = z.strictObject({
  id: recordId,
  changes: z.strictObject(clientFieldShape).partial(),
});
export type ClientUpdateInput = z.input<typeof clientUpdateInput>;

export const clientIdInput = z.strictObject({ id: recordId });

export const clientSearchInput = z.strictObject({
  text: cleanText(200),
  limit: boundedInt(1, 500).default(50),
});

export const clientListInput = z.strictObject({
  nationality: text(3).toUpperCase().optional(),
  residenceStatus: z.enum(residenceStatuses, { error: 'invalidChoice' }).optional(),
  town: text(100).optional(),
  /** Only clients whose GDPR consent is still to be collected (the reminder list). */
  isConsentPending: z.boolean().optional(),
  /** Only clients served in this period: at least one act (any kind) between the two dates. */
  servedFrom: isoDate.optional(),
  servedTo: isoDate.optional(),
  offset: boundedInt(0, 10_000_000).default(0),
  limit: boundedInt(1, 1000).default(200),
});

/** Likely matches of a record being typed, before it is saved. */
export const clientDuplicatesForInput = z.strictObject({
  // As typed so far: generous limits, since a refused check only hides the matches.
  familyName: text(200).default(''),
  givenNames: text(200).default(''),
  birthDate: text(10).nullable().optional(),
  nationality: text(3).optional(),
  phone: text(40).optional(),
  excludeId: recordId.optional(),
});

export const clientDuplicatesInput = z.strictObject({
  minScore: boundedNumber(0, 100).default(60),
  limit: boundedInt(1, 10_000).default(500),
});

export const clientMergeInput = z.strictObject({
  survivorId: recordId,
  mergedId: recordId,
});

export const consentLanguages = ['cs', 'en', 'uk', 'ru', 'vi', 'mn'] as const;
export const consentFormInput = z.strictObject({
  language: z.enum(consentLanguages, { error: 'invalidChoice' }),
  clientId: recordId.optional(),
});

export interface PdfFile {
  fileName: string;
  /** The PDF, base64-encoded so that it travels through both transports as JSON. */
  base64: string;
}

export interface ConsentForm extends PdfFile {
  /** The version of the text printed: the one recorded on the client when it is available. */
  version: string;
  /** The version recorded on the client (null: none yet); differs from `version` only when
   * that wording is no longer held (then the current one is printed). */
  recordedVersion: string | null;
}

/** The consent texts held: their current version, which a new consent is recorded with. */
export interface ConsentTexts {
  /** The binding Czech text's version. */
  version: string;
  languages: {
    language: (typeof consentLanguages)[number];
    languageName: string;
    version: string;
  }[];
}
