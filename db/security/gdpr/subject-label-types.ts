import type { BuiltInServiceType } from '../../contract/services.ts';
import type { CourseKind } from '../../contract/courses.ts';
import type { ResidenceStatus, Sex } from '../../contract/residence.ts';
import type { AuditLogTable } from '../../schema.ts';

/**
 * The words of the subject-access PDF in each language the person may read it in. Code, not
 * data files as the consent texts are: a label missing in one language is then a type error,
 * not a blank on a printed page.
 */
export interface SubjectLabels {
  /** BCP 47 locale for dates, country and language names. */
  locale: string;
  title: string;
  /** {organisation} and {date} are filled in. */
  intro: string;
  rights: string;
  exportedOn: string;
  exportedBy: string;
  controller: string;
  page: string;
  empty: string;
  yes: string;
  no: string;
  confidential: string;
  deleted: string;
  anonymised: string;
  historyIntro: string;
  accessIntro: string;
  sections: Record<SubjectSection, string>;
  fields: Record<SubjectField, string>;
  sexes: Record<Sex, string>;
  residence: Record<ResidenceStatus, string>;
  serviceTypes: Record<BuiltInServiceType, string>;
  courseKinds: Record<CourseKind, string>;
  tables: Record<'client' | 'act' | 'loan' | 'enrolment' | 'attendance', string>;
  actions: Record<AuditLogTable['action'], string>;
}

export type SubjectSection =
  | 'record'
  | 'mergedRecords'
  | 'legacyRefs'
  | 'consents'
  | 'acts'
  | 'loans'
  | 'courses'
  | 'history'
  | 'access';

/** Labels of the record's fields and of the other rows' fields as the history names them. */
export type SubjectField =
  | 'familyName'
  | 'givenNames'
  | 'nickname'
  | 'otherSpellings'
  | 'birthDate'
  | 'sex'
  | 'nationality'
  | 'residenceStatus'
  | 'residenceValidUntil'
  | 'town'
  | 'phone'
  | 'email'
  | 'languages'
  | 'preferredLanguage'
  | 'firstContact'
  | 'registeringSite'
  | 'consentDate'
  | 'consentVersion'
  | 'consentWithdrawn'
  | 'isConsentPending'
  | 'note'
  | 'isPseudonymous'
  | 'mergedInto'
  | 'anonymisedOn'
  | 'recordId'
  | 'type'
  | 'date'
  | 'minutes'
  | 'worker'
  | 'isConfidential'
  | 'computer'
  | 'title'
  | 'author'
  | 'loanedOn'
  | 'dueOn'
  | 'returnedOn'
  | 'renewals'
  | 'course'
  | 'kind'
  | 'enrolledOn'
  | 'leftOn'
  | 'attended'
  | 'missed'
  | 'isPresent'
  | 'at'
  | 'site'
  | 'user'
  | 'action'
  | 'source'
  | 'ref'
  | 'deleted';
