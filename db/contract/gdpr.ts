import { z } from 'zod';
import type { Client } from './clients.ts';
import { boundedInt, recordId } from './input-rules.ts';

/*
 * GDPR (issue 12, point 5): the subject-access export of everything held about one person,
 * and the retention rule that anonymises clients with no act for a number of years.
 */

/**
 * Languages of the subject-access PDF: those of the consent form, and Mongolian (many of the
 * centre's clients come from Mongolia).
 */
export const subjectLanguages = ['cs', 'en', 'uk', 'ru', 'vi', 'mn'] as const;
export type SubjectLanguage = (typeof subjectLanguages)[number];

export function isSubjectLanguage(value: string): value is SubjectLanguage {
  return (subjectLanguages as readonly string[]).includes(value);
}

export const subjectExportFormats = ['pdf', 'json'] as const;

/**
 * Without a language the PDF is in the client's preferred language when it is one of
 * subjectLanguages, else in Czech. JSON has field names, not labels: the language does not
 * change it.
 */
export const subjectExportInput = z.strictObject({
  clientId: recordId,
  format: z.enum(subjectExportFormats, { error: 'invalidChoice' }),
  language: z.enum(subjectLanguages, { error: 'invalidChoice' }).optional(),
});

/** The retention rule's years: the `retentionYears` setting unless given. */
const retentionYears = boundedInt(1, 100);

export const inactiveClientsInput = z.strictObject({ years: retentionYears.optional() }).optional();

/**
 * The clients to anonymise, as the list showed them; each must still be inactive for `years`
 * (the setting unless given) when the anonymisation runs, or nothing is anonymised.
 */
export const anonymiseClientsInput = z.strictObject({
  ids: z.array(recordId, { error: 'invalidType' }).min(1, { error: 'required' }).max(100_000, {
    error: 'tooMany',
  }),
  years: retentionYears.optional(),
});

/** A client of the retention list: no act for the given years. */
export interface InactiveClient {
  id: string;
  displayName: string;
  nationality: string;
  birthYear: number | null;
  /**
   * The last day anything happened with the person: their latest act (a service act, an
   * attended lesson, a loan or its return) or first contact; with neither, the day the record
   * was registered.
   */
  lastActivity: string;
}

export interface InactiveClients {
  years: number;
  /** Clients whose last activity is before this day are listed. */
  cutoff: string;
  clients: InactiveClient[];
}

export interface AnonymiseResult {
  years: number;
  cutoff: string;
  /** What each anonymised record still holds: no name, no contact, nothing to identify. */
  clients: { id: string; nationality: string; birthYear: number | null; lastActivity: string }[];
}

/**
 * The subject-access export as JSON (`clients.exportSubject` with format json, `pristav
 * client export --format json`). A stable shape: fields are only ever added.
 */
export interface SubjectAccessData {
  format: 'pristav-subject-access';
  formatVersion: 1;
  exportedAt: string;
  exportedBy: { user: string | null; site: string | null };
  /** Who holds the data (the controller) and where it was exported. */
  controller: { organisation: string; site: string; town: string };
  /** The person's record (the survivor of any merge), with the registering site's name. */
  client: Client & { registeringSiteName: string | null };
  /** Records of the same person merged into this one. */
  mergedRecords: (Client & { registeringSiteName: string | null })[];
  /** The person's numbers in legacy registers imported into Přístav. */
  legacyRefs: { source: string; ref: string }[];
  /** Consent as each record holds it. */
  consents: {
    recordId: string;
    date: string | null;
    version: string;
    withdrawn: string | null;
    isPending: boolean;
  }[];
  /** Service acts recorded by hand, confidential counselling notes included (their own data). */
  acts: {
    id: string;
    recordId: string;
    type: string;
    date: string;
    town: string;
    minutes: number | null;
    note: string;
    isConfidential: boolean;
    worker: string | null;
  }[];
  loans: {
    id: string;
    recordId: string;
    title: string;
    author: string;
    loanedOn: string;
    dueOn: string;
    returnedOn: string | null;
    renewals: number;
    town: string;
  }[];
  /** Courses the person was enrolled in or marked at, with every marked lesson. */
  courses: {
    id: string;
    title: string;
    kind: string;
    town: string;
    enrolledOn: string | null;
    leftOn: string | null;
    /** Each marked lesson: its id (the history names a mark by it), day and presence. */
    lessons: { id: string; date: string; isPresent: boolean }[];
  }[];
  /**
   * Every change to the person's rows from the change log, oldest first: the record, the acts,
   * loans, enrolments and attendance marks — when, which field, the value, which site, who.
   */
  history: {
    at: string;
    table: string;
    recordId: string;
    field: string;
    value: string | number | null;
    site: string | null;
    author: string | null;
  }[];
  /** Who created, changed, merged, opened or exported the record at this computer, and when. */
  access: { at: string; action: string; user: string | null; site: string | null }[];
}
