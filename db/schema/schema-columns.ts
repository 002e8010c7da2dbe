import type { Database } from './database.ts';

/**
 * The columns of every table and view of `Database`, at run time: what
 * test/db/schema-agreement.test.ts compares with the real schema (pragma_table_info) and with
 * db/changes/synced-tables.ts. The checks below make the typecheck fail unless this names
 * exactly the interfaces' tables and columns, so the interfaces cannot drift from it.
 */
export const schemaColumns = {
  local_meta: ['key', 'value'],
  ops_awaited: ['site', 'counter', 'field'],
  review_items: ['id', 'table_name', 'row_id', 'column_name', 'kind'],
  sync_acks: ['peer', 'origin', 'counter'],
  sync_files: ['file_id', 'direction', 'peer', 'at', 'operations', 'summary'],
  sites: [
    'id',
    'name',
    'town',
    'is_hq',
    'signing_key',
    'agreement_key',
    'is_revoked',
    'enrolled_on',
    'deleted',
  ],
  users: ['id', 'name', 'role', 'site_id', 'password_hash', 'is_disabled', 'deleted'],
  sign_in_failures: ['name_key', 'failures', 'last_at'],
  erasures: ['id', 'reason', 'erased_on', 'deleted'],
  access_log: ['id', 'at', 'user_id', 'site_id', 'action', 'detail'],
  settings: ['id', 'value', 'deleted'],
  ops: ['site', 'counter', 'hlc', 'field', 'row', 'value', 'deps', 'author'],
  op_sites: ['id', 'uuid'],
  op_fields: ['id', 'table_name', 'column_name'],
  row_heads: ['row', 'heads'],
  version_vector: ['site', 'counter'],
  hlc_state: ['id', 'wall', 'counter'],
  clients: [
    'local_number',
    'id',
    'is_pseudonymous',
    'family_name',
    'given_names',
    'nickname',
    'other_spellings',
    'birth_date',
    'sex',
    'nationality',
    'residence_status',
    'residence_valid_until',
    'town',
    'phone',
    'email',
    'languages',
    'preferred_language',
    'first_contact',
    'registering_site_id',
    'consent_date',
    'consent_version',
    'consent_withdrawn',
    'is_consent_pending',
    'note',
    'merged_into',
    'anonymised_on',
    'deleted',
  ],
  client_keys: ['client_rowid', 'sort_key', 'dup_key', 'family_key', 'phone_key'],
  client_search: ['names', 'phonetic', 'extra'],
  audit_log: ['id', 'at', 'user_id', 'site_id', 'action', 'client_id'],
  service_types: ['id', 'label_cs', 'label_en', 'is_archived', 'deleted'],
  service_acts: [
    'id',
    'client_id',
    'type',
    'date',
    'town',
    'minutes',
    'worker_id',
    'note',
    'is_confidential',
    'computer',
    'partner_id',
    'event_id',
    'deleted',
  ],
  anonymous_tallies: ['id', 'date', 'type', 'town', 'count', 'deleted'],
  courses: [
    'id',
    'kind',
    'title',
    'town',
    'venue',
    'level',
    'lecturer',
    'start_date',
    'end_date',
    'capacity',
    'schedule',
    'deleted',
  ],
  lessons: ['id', 'course_id', 'date', 'start_time', 'end_time', 'is_cancelled', 'deleted'],
  enrolments: ['id', 'course_id', 'client_id', 'enrolled_on', 'left_on', 'deleted'],
  attendance: ['id', 'lesson_id', 'client_id', 'is_present', 'deleted'],
  books: ['id', 'title', 'author', 'language', 'isbn', 'copies', 'shelf_mark', 'deleted'],
  loans: [
    'id',
    'book_id',
    'client_id',
    'loaned_on',
    'due_on',
    'returned_on',
    'renewals',
    'town',
    'deleted',
  ],
  legacy_refs: ['id', 'row_id', 'deleted'],
  partners: ['id', 'name', 'kind', 'town', 'contact', 'note', 'is_archived', 'deleted'],
  events: ['id', 'date', 'town', 'kind', 'topic', 'participants', 'partner_ids', 'note', 'deleted'],
  all_acts: [
    'source',
    'source_id',
    'client_id',
    'type',
    'date',
    'town',
    'course_id',
    'course_kind',
  ],
  report_submissions: [
    'id',
    'period_from',
    'period_to',
    'town',
    'figures',
    'acts',
    'submitted_at',
    'submitted_by',
    'note',
  ],
  report_submission_acts: [
    'submission_id',
    'source',
    'source_id',
    'person',
    'nationality',
    'type',
    'date',
    'town',
  ],
  report_submission_checks: ['submission_id', 'generation', 'changed_acts'],
  report_combos: ['id', 'type', 'town', 'kind', 'nationality'],
  report_summary_blocks: ['year', 'block', 'clients'],
  report_erased: ['client_rowid'],
  report_dirty: ['client_id'],
  report_generation: ['id', 'n'],
} as const satisfies { [Table in keyof Database]: readonly (keyof Database[Table] & string)[] };

/** The tables and views of the database, as the names its queries use. */
export type TableName = keyof typeof schemaColumns;

/**
 * `satisfies` above refuses a table or column that the interfaces lack; this refuses a column
 * of an interface missing here (the error names it).
 */
type ColumnsMissingFromList = {
  [Table in keyof Database]: Exclude<
    keyof Database[Table] & string,
    (typeof schemaColumns)[Table][number]
  >;
}[keyof Database];
const everyInterfaceColumnIsListed: [ColumnsMissingFromList] extends [never]
  ? true
  : ColumnsMissingFromList = true;
void everyInterfaceColumnIsListed;
