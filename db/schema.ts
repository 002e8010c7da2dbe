/** Kysely row types of the database; they stay inside db/ (contract types are mapped by toX()). */

export interface LocalMetaTable {
  key: string;
  value: string | number | null;
}

export interface SitesTable {
  id: string;
  name: string;
  town: string;
  is_hq: number;
  /** Ed25519 and X25519 public keys, raw, base64url ('' before the site is enrolled). */
  signing_key: string;
  agreement_key: string;
  is_revoked: number;
  enrolled_on: string | null;
  deleted: number;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  site_id: string | null;
  password_hash: string;
  is_disabled: number;
  deleted: number;
}

/** Local, append-only: report drill-downs and exports opened (db/security/audit/). */
export interface AccessLogTable {
  id: number | null;
  at: string;
  user_id: string | null;
  site_id: string | null;
  action: 'drilldown' | 'report_export';
  detail: string;
}

/** Synced, HQ only: one row per erased person (db/changes/erase.ts). */
export interface ErasuresTable {
  id: string;
  reason: string;
  erased_on: string | null;
  deleted: number;
}

/** Local: failed sign-ins in a row per folded user name (db/security/sign-in-attempts.ts). */
export interface SignInFailuresTable {
  name_key: string;
  failures: number;
  last_at: number;
}

export interface SettingsTable {
  id: string;
  value: string | number | null;
  deleted: number;
}

/** The change log, stored compactly: see db/changes/op-encoding.ts. */
export interface OpsTable {
  /** op_sites.id */
  site: number;
  counter: number;
  /** wall ms × 2^20 + logical counter */
  hlc: number;
  /** op_fields.id */
  field: number;
  /** 16 bytes of a UUID, or the text of another id */
  row: Uint8Array | string;
  value: string | number | null;
  /** varint (site id, counter) pairs, NULL for none */
  deps: Uint8Array | null;
  /** op_sites.id of the user */
  author: number | null;
}

/** Local ids of site and user UUIDs in the change log (not synced). */
export interface OpSitesTable {
  id: number;
  uuid: string;
}

/** Local ids of synced (table, column) pairs in the change log (not synced). */
export interface OpFieldsTable {
  id: number;
  table_name: string;
  column_name: string;
}

export interface RowHeadsTable {
  row: Uint8Array | string;
  /** per field: varint field id, varint length, varint (site id, counter) pairs */
  heads: Uint8Array;
}

export interface VersionVectorTable {
  site: string;
  counter: number;
}

export interface HlcStateTable {
  id: number;
  wall: number;
  counter: number;
}

export interface ClientsTable {
  id: string;
  is_pseudonymous: number;
  family_name: string;
  given_names: string;
  nickname: string;
  other_spellings: string;
  birth_date: string | null;
  sex: string | null;
  nationality: string;
  residence_status: string | null;
  residence_valid_until: string | null;
  town: string;
  phone: string;
  email: string;
  /** JSON array of ISO 639-1 codes. */
  languages: string;
  preferred_language: string;
  first_contact: string | null;
  registering_site_id: string | null;
  consent_date: string | null;
  consent_version: string;
  consent_withdrawn: string | null;
  is_consent_pending: number;
  note: string;
  merged_into: string | null;
  /** The day the retention rule anonymised the record (db/security/gdpr/). */
  anonymised_on: string | null;
  deleted: number;
}

export interface ClientKeysTable {
  client_rowid: number;
  sort_key: string;
  dup_key: string;
  family_key: string;
  phone_key: string;
}

export interface AuditLogTable {
  id: number | null;
  at: string;
  user_id: string | null;
  site_id: string | null;
  action: 'create' | 'update' | 'merge' | 'unmerge' | 'open' | 'export' | 'anonymise';
  client_id: string;
}

export interface ServiceTypesTable {
  id: string;
  label_cs: string;
  label_en: string;
  is_archived: number;
  deleted: number;
}

export interface ServiceActsTable {
  id: string;
  client_id: string;
  type: string;
  date: string;
  town: string;
  minutes: number | null;
  worker_id: string | null;
  note: string;
  is_confidential: number;
  computer: string;
  partner_id: string | null;
  event_id: string | null;
  deleted: number;
}

export interface PartnersTable {
  id: string;
  name: string;
  kind: string;
  town: string;
  contact: string;
  note: string;
  is_archived: number;
  deleted: number;
}

export interface EventsTable {
  id: string;
  date: string;
  town: string;
  kind: string;
  topic: string;
  participants: number;
  /** JSON array of partner ids. */
  partner_ids: string;
  note: string;
  deleted: number;
}

export interface AnonymousTalliesTable {
  id: string;
  date: string;
  type: string;
  town: string;
  count: number;
  deleted: number;
}

export interface CoursesTable {
  id: string;
  kind: string;
  title: string;
  town: string;
  venue: string;
  level: string;
  lecturer: string;
  start_date: string;
  end_date: string;
  capacity: number | null;
  /** JSON array of { weekday, start, end }. */
  schedule: string;
  deleted: number;
}

export interface LessonsTable {
  id: string;
  course_id: string;
  date: string;
  start_time: string;
  end_time: string;
  is_cancelled: number;
  deleted: number;
}

export interface EnrolmentsTable {
  id: string;
  course_id: string;
  client_id: string;
  enrolled_on: string;
  left_on: string | null;
  deleted: number;
}

export interface AttendanceTable {
  id: string;
  lesson_id: string;
  client_id: string;
  is_present: number;
  deleted: number;
}

export interface BooksTable {
  id: string;
  title: string;
  author: string;
  language: string;
  isbn: string;
  copies: number;
  shelf_mark: string;
  deleted: number;
}

export interface LoansTable {
  id: string;
  book_id: string;
  client_id: string;
  loaned_on: string;
  due_on: string;
  returned_on: string | null;
  renewals: number;
  town: string;
  deleted: number;
}

/** id = JSON [source, kind, ref] of a legacy register record; row_id = the row it became. */
export interface LegacyRefsTable {
  id: string;
  row_id: string;
  deleted: number;
}

export interface OpsAwaitedTable {
  site: number;
  counter: number;
  field: number;
}

export interface ReviewItemsTable {
  id: string;
  table_name: string;
  row_id: string;
  column_name: string;
  kind: 'edit' | 'deleteEdit';
}

export interface SyncAcksTable {
  peer: string;
  origin: string;
  counter: number;
}

export interface SyncFilesTable {
  file_id: string;
  direction: 'in' | 'out';
  peer: string;
  at: string;
  operations: number;
  summary: string;
}

export interface Database {
  local_meta: LocalMetaTable;
  ops_awaited: OpsAwaitedTable;
  review_items: ReviewItemsTable;
  sync_acks: SyncAcksTable;
  sync_files: SyncFilesTable;
  sites: SitesTable;
  users: UsersTable;
  sign_in_failures: SignInFailuresTable;
  erasures: ErasuresTable;
  access_log: AccessLogTable;
  settings: SettingsTable;
  ops: OpsTable;
  op_sites: OpSitesTable;
  op_fields: OpFieldsTable;
  row_heads: RowHeadsTable;
  version_vector: VersionVectorTable;
  hlc_state: HlcStateTable;
  clients: ClientsTable;
  client_keys: ClientKeysTable;
  audit_log: AuditLogTable;
  service_types: ServiceTypesTable;
  service_acts: ServiceActsTable;
  anonymous_tallies: AnonymousTalliesTable;
  courses: CoursesTable;
  lessons: LessonsTable;
  enrolments: EnrolmentsTable;
  attendance: AttendanceTable;
  books: BooksTable;
  loans: LoansTable;
  legacy_refs: LegacyRefsTable;
  partners: PartnersTable;
  events: EventsTable;
}
