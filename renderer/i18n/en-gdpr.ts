import type { csGdpr } from './cs-gdpr.ts';

/** English texts of subject access, consent withdrawal and retention. */
export const enGdpr: typeof csGdpr = {
  export: {
    button: 'Data export (GDPR)',
    title: 'Export of the client’s data (GDPR)',
    intro:
      'Everything held about the client: personal data, services with confidential notes, loans, attendance, consents, the history of changes and who opened the record. The export is recorded among the accesses to the record.',
    format: 'Format',
    pdf: 'PDF for the client',
    json: 'JSON (machine-readable)',
    language: 'PDF language',
    languageHint: 'The client’s preferred language is chosen first.',
    download: 'Download',
    failed: 'The export failed',
    done: 'Export {{file}} downloaded.',
  },
  erase: {
    button: 'Erase person (GDPR)',
    title: 'Erase a person at their request (GDPR)',
    text: "The person's record is deleted at every site (the erasure travels in the next sync files) and no data of theirs stays in the database files. Acts, loans and attendance stay for the statistics without notes; submitted reports do not change. This cannot be undone.",
    reason: 'Reason for the erasure',
    reasonHint:
      'E.g. "data subject request of 2 Dec 2026". The reason travels to the branches: do not name the person.',
    typeName: 'To confirm, type the family name: {{name}}',
    confirm: 'Erase for good',
    failed: 'The erasure failed',
    done: 'The person is erased; the erasure reaches the branches with the next sync.',
  },
  consent: {
    withdrawnTitle: 'The client withdrew consent to the processing of personal data',
    withdrawnText:
      'Consent was withdrawn on {{date}}. No new act, loan, course enrolment or lesson attendance can be recorded. If the client gives consent again, set the consent date in their details and clear the withdrawal.',
    recordDisabled: 'Cannot record: the client withdrew consent.',
    withdraw: 'Withdraw consent',
    withdrawTitle: 'Withdrawal of consent to data processing',
    withdrawText:
      'From the day of withdrawal no new act, loan or course attendance can be recorded for the client. Existing records stay.',
    withdrawDate: 'Consent withdrawn on',
    withdrawConfirm: 'Record the withdrawal',
    withdrawn: 'The withdrawal of consent is recorded.',
    withdrawFailed: 'The withdrawal could not be recorded',
  },
  anonymised: {
    name: 'Anonymised client',
    title: 'The record is anonymised',
    text: 'Under the data retention rule the record was anonymised on {{date}}: names, contacts and notes are removed; nationality, birth year and acts stay for the reports. No new acts or changes are possible.',
    recordDisabled: 'Cannot record: the record is anonymised.',
  },
  retention: {
    years: 'Data retention (years)',
    yearsDescription:
      'Clients with no contact with the centre for longer are offered for anonymising.',
    open: 'Clients to anonymise',
    openDescription:
      'The clients with no contact for the retention period, and their anonymisation.',
    title: 'Clients to anonymise',
    back: 'Back to settings',
    intro:
      'Clients with no contact with the centre for more than {{years}} years, that is before {{cutoff}}: no act, lesson attended, loan or book returned (a client who still has a book is not offered). Anonymising removes names, contacts and notes; nationality, birth year and acts stay, so the reports of past periods give the same figures.',
    tableLabel: 'Clients to anonymise',
    name: 'Client',
    nationality: 'Nationality',
    birthYear: 'Birth year',
    lastActivity: 'Last contact',
    empty: 'No client has been without contact for the whole retention period.',
    more: 'and {{count}} more',
    anonymise_one: 'Anonymise {{count}} client',
    anonymise_few: 'Anonymise {{count}} clients',
    anonymise_many: 'Anonymise {{count}} clients',
    anonymise_other: 'Anonymise {{count}} clients',
    confirmTitle: 'Anonymise the clients?',
    confirmText:
      'The names, contacts and notes of {{count}} clients will be removed at every office. This cannot be undone.',
    done: 'Clients anonymised: {{count}}.',
    failed: 'The anonymisation failed',
    loadFailed: 'The list could not be loaded',
  },
};
