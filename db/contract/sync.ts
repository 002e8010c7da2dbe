import { z } from 'zod';
import { password } from './users.ts';
import { cleanText, requiredName } from './input-rules.ts';

/** Sync between offices (SYNC.md): the API's inputs and outputs. */

const siteId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  error: 'invalidId',
});

/** A file handed over by the browser (a download or an upload), its bytes in base64. */
export const uploadedFile = z.strictObject({
  name: cleanText(255),
  // The loopback host takes bodies up to 256 MB (scripts/web-host.ts).
  contentBase64: z.string().max(350_000_000),
});
export type UploadedFile = z.infer<typeof uploadedFile>;

export const syncEnrolInput = z.strictObject({
  name: requiredName(100),
  town: requiredName(100),
});

export const syncJoinInput = z.strictObject({
  file: uploadedFile,
  passphrase: z.string().min(1, { error: 'required' }).max(200),
  /** The branch's first administrator (as on the first-run screen). */
  adminName: requiredName(100),
  adminPassword: password.optional(),
});

/** `hq`, `all` (HQ: every branch) or one site's id. */
export const syncExportInput = z.strictObject({
  to: z.union([z.literal('hq'), z.literal('all'), siteId]),
  /** A folder to write into (the sync folder, a stick); without it the files come back inline. */
  folder: z.string().min(1).max(4096).optional(),
});

export const syncImportInput = z.strictObject({
  files: z.array(uploadedFile).min(1).max(100),
  isDryRun: z.boolean().default(false),
  allowMassDelete: z.boolean().default(false),
});

export const syncResolveInput = z.strictObject({
  id: z.string().min(1).max(300),
  /** The chosen value, as stored (text, number, null, or a boolean for a yes/no field). */
  value: z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]),
});

export const syncRevokeInput = z.strictObject({ siteId });

export const syncFolderInput = z.strictObject({
  folder: z.string().max(4096).nullable(),
});

export const syncRunInput = z.strictObject({
  allowMassDelete: z.boolean().default(false),
});

export const syncJobInput = z.strictObject({ jobId: z.string().min(1).max(100) });

/** Operations of one origin site that this site does not hold (counters inclusive). */
export interface MissingRange {
  site: string;
  siteName: string;
  from: number;
  to: number;
}

export interface SyncSiteStatus {
  id: string;
  name: string;
  town: string;
  isHq: boolean;
  isRevoked: boolean;
  isThisSite: boolean;
  /** Highest contiguous counter of this site's operations held here. */
  held: number;
  /** Highest contiguous counter of OUR operations that this site has acknowledged. */
  acknowledged: number;
  /** When the last file from / to this site was imported / written (ISO), or null. */
  lastReceived: string | null;
  lastSent: string | null;
  /** Operations this site would get in the next file to it. */
  pending: number;
  /** A branch that has sent nothing for 14 days (or never, 14 days after enrolment). */
  isOverdue: boolean;
}

export interface SyncStatus {
  site: { id: string; name: string; town: string; isHq: boolean };
  organisation: { id: string; name: string } | null;
  sites: SyncSiteStatus[];
  missing: MissingRange[];
  /** The sync folder set in Settings (local to this computer), or null. */
  folder: string | null;
  reviewCount: number;
}

/** What one file brought from one origin site. */
export interface ArrivedFromSite {
  site: string;
  siteName: string;
  operations: number;
  clients: number;
  acts: number;
  courses: number;
  loans: number;
}

export interface SyncFileResult {
  path: string;
  /** The sender's site id. */
  from: string;
  fromName: string;
  operations: number;
  new: number;
  alreadyHeld: number;
  /** Review items this file opened. */
  conflicts: number;
  missing: MissingRange[];
  arrived: ArrivedFromSite[];
  /** The file had been imported before: nothing was read again. */
  isAlreadyImported: boolean;
  isDryRun: boolean;
}

export interface SyncImportResult {
  files: SyncFileResult[];
}

export interface ExportedSyncFile {
  /** Where it was written, or null when it came back inline (contentBase64). */
  path: string | null;
  name: string;
  /** The recipient's site id. */
  to: string;
  toName: string;
  operations: number;
  bytes: number;
  contentBase64: string | null;
}

export interface SyncExportResult {
  files: ExportedSyncFile[];
}

export interface EnrolmentResult {
  site: { id: string; name: string; town: string };
  /** Shown once; travels apart from the file (by phone, on paper). */
  passphrase: string;
  file: { name: string; contentBase64: string };
}

export interface ReviewValue {
  value: string | number | null;
  /** For a value that names another record (a merge's survivor, an act's client): its name. */
  valueLabel: string | null;
  site: string;
  siteName: string;
  author: string | null;
  authorName: string | null;
  /** When the value was written (ISO, from its clock). */
  at: string;
  isWinner: boolean;
}

export interface ReviewItem {
  /** Stable at every site: `table/row/column`. */
  id: string;
  /** `edit`: concurrent values of one field; `deleteEdit`: deleted at one site, edited at another. */
  kind: 'edit' | 'deleteEdit';
  table: string;
  row: string;
  column: string;
  /** The field's Czech (or English) label. */
  label: string;
  /** The client the record belongs to, when it belongs to one. */
  clientId: string | null;
  clientName: string | null;
  values: ReviewValue[];
}

export interface SyncRunProgress {
  step: 'scan' | 'import' | 'export' | 'done';
  done: number;
  total: number;
  file: string | null;
}

export interface SyncRunStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: SyncRunProgress;
  imported: SyncFileResult[];
  exported: ExportedSyncFile[];
  /** Files in the folder left for now, with the reason (still being written, for another site…). */
  skipped: { name: string; reason: string }[];
  /** The error's message when state is failed (nothing of the failing file was written). */
  error: { code: string; message: string } | null;
}
