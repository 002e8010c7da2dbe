/**
 * The sync file: format, crypto and streaming, with no database access. The change log,
 * enrolment, export and import build on these exports only.
 */
export { SYNC_FILE_FORMAT_VERSION } from './format.ts';
export type { SyncFileHeader, SyncFileHeaderFields, SyncRange } from './header.ts';
export {
  openSyncFile,
  type OpenSyncFileOptions,
  type ProgressListener,
  type SyncFileReader,
  verifySyncFile,
} from './open-sync-file.ts';
export { readSyncFileHeader } from './read-header.ts';
export { selfTestSyncCrypto } from './self-test.ts';
export {
  exportKey,
  exportSiteKeys,
  generateSiteKeys,
  importPrivateKey,
  importPublicKey,
  importSiteKeys,
  type KeyPair,
  type SiteKeys,
  type StoredSiteKeys,
} from './site-keys.ts';
export {
  writeSyncFile,
  type WriteSyncFileOptions,
  type WrittenSyncFile,
} from './write-sync-file.ts';
