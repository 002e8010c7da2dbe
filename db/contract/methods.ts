import type { z } from 'zod';
import {
  clientCreateInput,
  clientDuplicatesForInput,
  clientDuplicatesInput,
  clientIdInput,
  clientListInput,
  clientMergeInput,
  clientSearchInput,
  clientUpdateInput,
  consentFormInput,
  type Client,
  type ClientDetail,
  type ClientList,
  type ClientSummary,
  type ConsentForm,
  type ConsentTexts,
  type DuplicateCandidate,
  type DuplicatePair,
  type HistoryEntry,
  type PdfFile,
} from './clients.ts';
import type { AppInfo, DatabaseHealth, Settings, Site, StorageInfo } from './domain.ts';
import { demoFillInput, type DemoFillResult } from './demo.ts';
import {
  anonymiseClientsInput,
  inactiveClientsInput,
  subjectExportInput,
  type AnonymiseResult,
  type InactiveClients,
} from './gdpr.ts';
import { periodReportInput, type PeriodReport } from './reports.ts';
import { type YearEarlierComparison } from './report-year-comparison.ts';
import {
  partnerCreateInput,
  partnerListInput,
  partnerUpdateInput,
  type Partner,
} from './partners.ts';
import {
  eventCreateInput,
  eventIdInput,
  eventListInput,
  eventUpdateInput,
  type EventDetail,
  type EventSummary,
} from './events.ts';
import { reportExportInput, type ExportedFile, type MonthlyFigures } from './report-exports.ts';
import {
  reportDrilldownInput,
  type ReportDrilldown,
  type ReportRange,
} from './report-drilldown.ts';
import {
  type ReportComparison,
  type ReportSubmission,
  reportSubmissionQuery,
  reportSubmissionsInput,
  reportSubmitInput,
} from './report-submissions.ts';
import {
  bookCreateInput,
  bookSearchInput,
  bookUpdateInput,
  clientLoansInput,
  loanLendInput,
  loanRenewInput,
  loanReturnInput,
  overdueInput,
  type Book,
  type Loan,
} from './library.ts';
import {
  attendanceMarkInput,
  attendanceSheetInput,
  courseCreateInput,
  courseListInput,
  enrolInput,
  leaveInput,
  lessonAddInput,
  lessonCancelInput,
  lessonMoveInput,
  type Course,
  type CourseDetail,
  type Lesson,
  type TodayLesson,
} from './courses.ts';
import {
  actRecordInput,
  actUpdateInput,
  clientTimelineInput,
  dayInput,
  idInput,
  serviceTypeArchiveInput,
  serviceTypeCreateInput,
  serviceTypeListInput,
  tallyAddInput,
  tallyUndoInput,
  type DayOverview,
  type ServiceAct,
  type ServiceType,
  type TimelineEntry,
} from './services.ts';
import {
  importJobInput,
  importSourceInput,
  importStartInput,
  type ImportInspection,
  type ImportStatus,
} from './legacy-import.ts';
import type { MethodName } from './method-names.ts';
import {
  syncEnrolInput,
  syncExportInput,
  syncFolderInput,
  syncImportInput,
  syncJobInput,
  syncJoinInput,
  syncResolveInput,
  syncRevokeInput,
  syncRunInput,
  type EnrolmentResult,
  type ReviewItem,
  type SyncExportResult,
  type SyncImportResult,
  type SyncRunStatus,
  type SyncSiteStatus,
  type SyncStatus,
} from './sync.ts';
import {
  backupFolderInput,
  backupRestoreInput,
  backupTakeInput,
  type BackupList,
  type BackupTaken,
  type RestoreResult,
} from './backups.ts';
import { emptyInput, settingsSetInput, siteCreateInput, siteUpdateInput } from './schemas.ts';
import {
  type AuditEntry,
  auditListInput,
  clientEraseInput,
  type ErasureResult,
  passwordSetInput,
  type SessionStatus,
  signInInput,
  userAddInput,
  userNameInput,
  type UserSummary,
} from './users.ts';

/** The one API contract: for each method, its input schema; the output type is declared below. */
export const inputSchemas = {
  'app.info': emptyInput,
  'app.health': emptyInput,
  'database.unlock': signInInput,
  'session.status': emptyInput,
  'session.signIn': signInInput,
  'session.signOut': emptyInput,
  'session.lock': emptyInput,
  'session.touch': emptyInput,
  'users.list': emptyInput,
  'users.add': userAddInput,
  'users.disable': userNameInput,
  'users.setPassword': passwordSetInput,
  'audit.list': auditListInput,
  'site.create': siteCreateInput,
  'site.update': siteUpdateInput,
  'demo.fill': demoFillInput,
  'settings.get': emptyInput,
  'settings.set': settingsSetInput,
  'settings.storage': emptyInput,
  'clients.create': clientCreateInput,
  'clients.update': clientUpdateInput,
  'clients.get': clientIdInput,
  'clients.search': clientSearchInput,
  'clients.list': clientListInput,
  'clients.duplicatesFor': clientDuplicatesForInput,
  'clients.duplicates': clientDuplicatesInput,
  'clients.merge': clientMergeInput,
  'clients.unmerge': clientIdInput,
  'clients.history': clientIdInput,
  'clients.consentForm': consentFormInput,
  'clients.consentTexts': emptyInput,
  'clients.exportSubject': subjectExportInput,
  'clients.inactive': inactiveClientsInput,
  'clients.anonymise': anonymiseClientsInput,
  'clients.erase': clientEraseInput,
  'serviceTypes.list': serviceTypeListInput,
  'serviceTypes.create': serviceTypeCreateInput,
  'serviceTypes.archive': serviceTypeArchiveInput,
  'acts.record': actRecordInput,
  'acts.get': idInput,
  'acts.update': actUpdateInput,
  'acts.delete': idInput,
  'acts.timeline': clientTimelineInput,
  'acts.day': dayInput,
  'tallies.add': tallyAddInput,
  'tallies.undo': tallyUndoInput,
  'courses.create': courseCreateInput,
  'courses.list': courseListInput,
  'courses.get': idInput,
  'courses.lessonsOn': dayInput,
  'lessons.add': lessonAddInput,
  'lessons.move': lessonMoveInput,
  'lessons.cancel': lessonCancelInput,
  'enrolments.enrol': enrolInput,
  'enrolments.leave': leaveInput,
  'attendance.mark': attendanceMarkInput,
  'attendance.sheet': attendanceSheetInput,
  'books.create': bookCreateInput,
  'books.update': bookUpdateInput,
  'books.search': bookSearchInput,
  'loans.lend': loanLendInput,
  'loans.return': loanReturnInput,
  'loans.renew': loanRenewInput,
  'loans.delete': idInput,
  'loans.overdue': overdueInput,
  'loans.forClient': clientLoansInput,
  'reports.period': periodReportInput,
  'reports.submit': reportSubmitInput,
  'reports.submissions': reportSubmissionsInput,
  'reports.compare': reportSubmissionQuery,
  'reports.drilldown': reportDrilldownInput,
  'reports.range': emptyInput,
  'reports.monthly': periodReportInput,
  'reports.export': reportExportInput,
  'reports.yearEarlier': periodReportInput,
  'partners.list': partnerListInput,
  'partners.create': partnerCreateInput,
  'partners.update': partnerUpdateInput,
  'events.list': eventListInput,
  'events.get': eventIdInput,
  'events.create': eventCreateInput,
  'events.update': eventUpdateInput,
  'events.delete': eventIdInput,
  'import.inspect': importSourceInput,
  'import.start': importStartInput,
  'import.status': importJobInput,
  'import.cancel': importJobInput,
  'sync.status': emptyInput,
  'sync.enrol': syncEnrolInput,
  'sync.join': syncJoinInput,
  'sync.export': syncExportInput,
  'sync.import': syncImportInput,
  'sync.conflicts': emptyInput,
  'sync.resolve': syncResolveInput,
  'sync.revoke': syncRevokeInput,
  'sync.setFolder': syncFolderInput,
  'sync.run': syncRunInput,
  'sync.runStatus': syncJobInput,
  'sync.runCancel': syncJobInput,
  'backups.list': emptyInput,
  'backups.take': backupTakeInput,
  'backups.restore': backupRestoreInput,
  'backups.setFolder': backupFolderInput,
} as const satisfies Record<MethodName, z.ZodType>;

export interface Outputs {
  'app.info': AppInfo;
  /** The integrity check after start; cheap, for polling while it runs. */
  'app.health': DatabaseHealth;
  /** Opens an encrypted database with a user's name and password, and signs them in. */
  'database.unlock': SessionStatus;
  'session.status': SessionStatus;
  'session.signIn': SessionStatus;
  'session.signOut': SessionStatus;
  'session.lock': SessionStatus;
  /** Someone is at the keyboard (the idle lock's keep-alive); answers the session. */
  'session.touch': SessionStatus;
  'users.list': UserSummary[];
  'users.add': UserSummary;
  'users.disable': UserSummary;
  'users.setPassword': UserSummary;
  'audit.list': AuditEntry[];
  'site.create': Site;
  'site.update': Site;
  'demo.fill': DemoFillResult;
  'settings.get': Settings;
  'settings.set': Settings;
  'settings.storage': StorageInfo;
  'clients.create': Client;
  'clients.update': Client;
  'clients.get': ClientDetail;
  'clients.search': ClientSummary[];
  'clients.list': ClientList;
  'clients.duplicatesFor': DuplicateCandidate[];
  'clients.duplicates': DuplicatePair[];
  'clients.merge': Client;
  'clients.unmerge': Client;
  'clients.history': HistoryEntry[];
  'clients.consentForm': ConsentForm;
  'clients.consentTexts': ConsentTexts;
  /** Everything held about one person (GDPR art. 15): JSON (SubjectAccessData) or a PDF. */
  'clients.exportSubject': ExportedFile;
  /** The retention rule's list: clients with no act for the given (or set) years. */
  'clients.inactive': InactiveClients;
  /** Anonymises the listed clients in one transaction; refused whole if one is active. */
  'clients.anonymise': AnonymiseResult;
  'clients.erase': ErasureResult;
  'serviceTypes.list': ServiceType[];
  'serviceTypes.create': ServiceType;
  'serviceTypes.archive': ServiceType;
  'acts.record': ServiceAct;
  'acts.get': ServiceAct;
  'acts.update': ServiceAct;
  'acts.delete': { id: string };
  'acts.timeline': TimelineEntry[];
  'acts.day': DayOverview;
  'tallies.add': { type: string; date: string; town: string; count: number };
  'tallies.undo': { type: string; date: string; town: string; count: number };
  'courses.create': Course;
  'courses.list': Course[];
  'courses.get': CourseDetail;
  'courses.lessonsOn': TodayLesson[];
  'lessons.add': Lesson;
  'lessons.move': Lesson;
  'lessons.cancel': Lesson;
  'enrolments.enrol': { enrolmentId: string };
  'enrolments.leave': { enrolmentId: string };
  'attendance.mark': { lessonId: string; present: number };
  'attendance.sheet': PdfFile;
  'books.create': Book;
  'books.update': Book;
  'books.search': Book[];
  'loans.lend': Loan;
  'loans.return': Loan;
  'loans.renew': Loan;
  'loans.delete': { id: string };
  'loans.overdue': Loan[];
  'loans.forClient': Loan[];
  'reports.period': PeriodReport;
  'reports.submit': ReportSubmission;
  'reports.submissions': ReportSubmission[];
  'reports.compare': ReportComparison | null;
  'reports.drilldown': ReportDrilldown;
  'reports.range': ReportRange;
  'reports.monthly': MonthlyFigures[];
  'reports.export': ExportedFile;
  /** The same period a year earlier beside this one, and every figure that differs. */
  'reports.yearEarlier': YearEarlierComparison;
  'partners.list': Partner[];
  'partners.create': Partner;
  'partners.update': Partner;
  /** Events, newest first; with from/to only those held then. */
  'events.list': EventSummary[];
  'events.get': EventDetail;
  'events.create': EventDetail;
  'events.update': EventDetail;
  'events.delete': { id: string };
  'import.inspect': ImportInspection;
  'import.start': { jobId: string };
  'import.status': ImportStatus;
  'import.cancel': ImportStatus;
  'sync.status': SyncStatus;
  /** HQ only: a new branch, its enrolment file and the one-time passphrase (shown once). */
  'sync.enrol': EnrolmentResult;
  /** First run at a branch: the database made from an enrolment file. */
  'sync.join': SyncStatus['site'];
  'sync.export': SyncExportResult;
  /** Each file all-or-nothing, in any order; a dry run writes nothing. */
  'sync.import': SyncImportResult;
  'sync.conflicts': ReviewItem[];
  'sync.resolve': { id: string };
  'sync.revoke': SyncSiteStatus;
  'sync.setFolder': SyncStatus;
  /** Starts "Synchronizovat" over the sync folder: import what is addressed here, export the rest. */
  'sync.run': { jobId: string };
  'sync.runStatus': SyncRunStatus;
  'sync.runCancel': SyncRunStatus;
  /** The backups in the backup folder, newest first, with their site and counts. */
  'backups.list': BackupList;
  /** "Zálohovat nyní": a verified backup; the retention rule then removes what it no longer keeps. */
  'backups.take': BackupTaken;
  /** Replaces the database with a checked backup; the current file is kept aside. */
  'backups.restore': RestoreResult;
  'backups.setFolder': BackupList;
}

export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
export type Output<M extends MethodName> = Outputs[M];
