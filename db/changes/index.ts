/*
 * The one entry of db/changes, the change log: everything outside the folder imports from here
 * (eslint.config.js enforces it), so its inner files can change without touching the domains.
 */
export {
  advanceVector,
  applyImportedOperations,
  emptyTally,
  type ImportTally,
  type Operation,
  receiveClock,
} from './apply-imported.ts';
export { dumpSyncedData } from './dump.ts';
export {
  enforceErasures,
  type ErasureOutcome,
  hasErasedAnything,
  mayBeStub,
  wipeFreedSpace,
} from './erase.ts';
export { forgetHistory } from './forget-history.ts';
export { formatHlc } from './hlc.ts';
export { readLocalMeta, readSiteId, writeLocalMeta, writeSiteId } from './local-meta.ts';
export {
  decodeKeys,
  decodeRowId,
  decodeValue,
  encodeRowId,
  isCanonicalUuid,
  hlcCounterLimit,
  hlcWallSql,
  type LocalOpKey,
  rowIdSql,
} from './op-encoding.ts';
export {
  compareRank,
  type HeldOperation,
  isHeld,
  readHeldOperation,
  siteUuidOf,
} from './op-lookup.ts';
export {
  type HeldRange,
  heldRanges,
  highestHeld,
  listOrigins,
  readOperationNames,
  type OperationBuilder,
  type OperationParts,
  readOperationPage,
  readOperationPageAs,
} from './read-operations.ts';
export { decodeRowHeads, readRowHeads } from './row-heads.ts';
export {
  type ColumnType,
  isSyncedTable,
  localColumns,
  type StoredValue,
  type SyncedTable,
  syncedTables,
  toStoredValue,
} from './synced-tables.ts';
export { type HistoryOperation, readRowHistory } from './row-history.ts';
export { type NewRow, writeNewRows } from './write-new-rows.ts';
export { type RowFields, writeRow } from './write-row.ts';
export {
  beginLongWrite,
  flushOperations,
  runWrite,
  type WriteTransaction,
} from './write-transaction.ts';
