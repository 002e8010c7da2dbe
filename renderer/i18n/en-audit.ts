import type { csAudit } from './cs-audit.ts';

/** English texts of the read and change audit. */
export const enAudit: typeof csAudit = {
  title: 'Access audit',
  open: 'Open the access audit',
  entryDescription:
    "Who opened a client's record and when, changed it, exported their data, or viewed or exported a report.",
  intro:
    'Entries are only ever added on this computer; they cannot be changed or deleted. Reports are recorded with their period and list, never with names.',
  back: 'Back to settings',
  export: 'Export CSV',
  empty: 'No entry matches the filter.',
  loadFailed: 'The access audit could not be loaded',
  count_one: '{{count}} entry',
  count_few: '{{count}} entries',
  count_many: '{{count}} entries',
  count_other: '{{count}} entries',
  filters: { user: 'User', client: 'Client id', from: 'From', to: 'To' },
  columns: { at: 'When', action: 'What', user: 'Who', client: 'Client', detail: 'Details' },
  actions: {
    open: 'opened the record',
    create: 'created the record',
    update: 'changed the record',
    merge: 'merged records',
    unmerge: 'undid a merge',
    export: 'data export (GDPR)',
    anonymise: 'anonymisation',
    drilldown: 'list behind a report figure',
    report_export: 'report export',
  },
};
