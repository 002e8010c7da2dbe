/** The Kysely view of the whole database: each table and view and its row type. */
import type {
  AllActsView,
  ReportCombosTable,
  ReportDirtyTable,
  ReportErasedTable,
  ReportGenerationTable,
  ReportSubmissionActsTable,
  ReportSubmissionChecksTable,
  ReportSubmissionsTable,
  ReportSummaryBlocksTable,
} from './report-tables.ts';
import type {
  AnonymousTalliesTable,
  AttendanceTable,
  BooksTable,
  CoursesTable,
  EnrolmentsTable,
  EventsTable,
  LessonsTable,
  LoansTable,
  PartnersTable,
  ServiceActsTable,
  ServiceTypesTable,
} from './activity-tables.ts';
import type {
  HlcStateTable,
  LocalMetaTable,
  OpFieldsTable,
  OpsAwaitedTable,
  OpSitesTable,
  OpsTable,
  ReviewItemsTable,
  RowHeadsTable,
  SyncAcksTable,
  SyncFilesTable,
  VersionVectorTable,
} from './change-log-tables.ts';
import type {
  AccessLogTable,
  AuditLogTable,
  ClientKeysTable,
  ClientSearchTable,
  ClientsTable,
  ErasuresTable,
  LegacyRefsTable,
  SettingsTable,
  SignInFailuresTable,
  SitesTable,
  UsersTable,
} from './register-tables.ts';

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
  client_search: ClientSearchTable;
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
  /** A view: read only. */
  all_acts: AllActsView;
  report_submissions: ReportSubmissionsTable;
  report_submission_acts: ReportSubmissionActsTable;
  report_submission_checks: ReportSubmissionChecksTable;
  report_combos: ReportCombosTable;
  report_summary_blocks: ReportSummaryBlocksTable;
  report_erased: ReportErasedTable;
  report_dirty: ReportDirtyTable;
  report_generation: ReportGenerationTable;
}
