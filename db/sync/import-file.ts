import {
  advanceVector,
  applyImportedOperations,
  beginLongWrite,
  emptyTally,
  type ErasureOutcome,
  hasErasedAnything,
  type ImportTally,
  type Operation,
  receiveClock,
  runWrite,
  wipeFreedSpace,
} from '../changes/index.ts';
import type { ArrivedFromSite, SyncFileResult } from '../contract/sync.ts';
import { PristavError } from '../errors.ts';
import { takeExclusiveUse } from '../exclusive-use.ts';
import { knownSchemaVersion } from '../migrations/index.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import {
  openSyncFile,
  type ProgressListener,
  type SyncFileHeader,
  type SyncFileReader,
} from './file/index.ts';
import type { Membership } from './organisation.ts';
import { missingRanges } from './missing-ranges.ts';
import { isFileImported, raiseAcks, recordFile } from './peer-state.ts';
import { findSite, signingKeyOf, siteName } from './site-registry.ts';
import { trackPersonalData } from './imported-personal-data.ts';
import { fromWire } from './wire-operation.ts';
import { type CheckedFile, checkOperations } from './check-sync-operations.ts';
import type { KeyObject } from 'node:crypto';

/** Operations applied per savepoint of the import's one transaction. */
const batchSize = 5_000;

export interface SyncImportOptions {
  isDryRun: boolean;
  allowMassDelete: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /**
   * For joining: the file's sender (HQ) and key come from the enrolment, not the registry, and
   * the caller already holds the database in its own transaction.
   */
  enrolment?: { hqId: string; signingKey: KeyObject };
}

/**
 * Imports one sync file, all or nothing (SYNC.md "Import: all or nothing"). Every check runs
 * before the first write: the file (frame, organisation, recipient, sender known and not
 * revoked, signature, decryption), then every operation (known tables and columns, types, ids,
 * within the file's ranges, nothing from the future, the registry only from HQ), then the share
 * of rows it would delete. Then one transaction applies it. A file imported before is not
 * read again. A dry run applies it in a transaction that is rolled back: the same answer,
 * nothing written.
 */
export async function importSyncFile(
  store: Store,
  membership: Membership,
  path: string,
  options: SyncImportOptions,
): Promise<SyncFileResult> {
  const reader = await openSyncFile(path, {
    organisationId: membership.organisationId,
    recipientSiteId: membership.siteId,
    recipientAgreementKey: membership.keys.agreement.privateKey,
    senderSigningKey: (siteId) => senderKey(store, path, siteId, options),
    siteName: (siteId) => siteName(store, siteId),
    signal: options.signal,
    onProgress: options.onProgress,
  });
  try {
    const { header } = reader;
    if (header.schemaVersion > knownSchemaVersion) {
      throw new PristavError('SYNC_SCHEMA_TOO_NEW', {
        path,
        found: header.schemaVersion,
        known: knownSchemaVersion,
      });
    }
    if (isFileImported(store, header.fileId)) {
      return resultOf(store, membership, path, header, emptyTally(), 0, options, true);
    }
    const checked = await checkOperations(store, membership, reader, path, options);
    const release = options.enrolment ? () => {} : await takeExclusiveUse(store);
    try {
      const transaction = options.enrolment ? null : beginLongWrite(store);
      try {
        const reviewBefore = reviewIds(store);
        const { tally, erasure } = await applyOperations(store, reader, header, checked);
        const conflicts = [...reviewIds(store)].filter((id) => !reviewBefore.has(id)).length;
        const result = resultOf(store, membership, path, header, tally, conflicts, options, false);
        if (options.isDryRun || !transaction) {
          if (options.isDryRun) transaction?.rollback();
        } else {
          transaction.commit();
          // No byte of an erased name may stay in the file or its WAL (SYNC.md "Erasure").
          if (hasErasedAnything(erasure)) wipeFreedSpace(store);
        }
        return result;
      } catch (error) {
        transaction?.rollback();
        throw error;
      }
    } finally {
      release();
    }
  } finally {
    await reader.close();
  }
}

function senderKey(
  store: Store,
  path: string,
  siteId: string,
  options: SyncImportOptions,
): KeyObject | undefined {
  if (options.enrolment) {
    return siteId === options.enrolment.hqId ? options.enrolment.signingKey : undefined;
  }
  const site = findSite(store, siteId);
  if (site?.is_revoked === 1) {
    throw new PristavError('SYNC_SITE_REVOKED', { site: siteName(store, siteId), path });
  }
  return signingKeyOf(store, siteId);
}

/** The second pass, inside the caller's transaction: batches of operations, then the vectors. */
async function applyOperations(
  store: Store,
  reader: SyncFileReader,
  header: SyncFileHeader,
  checked: CheckedFile,
): Promise<{ tally: ImportTally; erasure: ErasureOutcome }> {
  const tally = emptyTally();
  let batch: Operation[] = [];
  const flush = () => {
    const operations = batch;
    batch = [];
    runWrite(store, null, (w) => applyImportedOperations(w, operations, tally));
  };
  const personalData = trackPersonalData();
  for await (const page of reader.pages()) {
    for (const record of page) {
      const operation = fromWire(record);
      // Checked in the first pass; the reader re-verifies the bytes on every pass.
      if (typeof operation === 'string') throw new Error('An operation changed between passes');
      personalData.note(operation);
      batch.push(operation);
      if (batch.length >= batchSize) flush();
    }
  }
  flush();
  runWrite(store, null, (w) => {
    advanceVector(w, checked.origins);
    receiveClock(w, tally);
    raiseAcks(store, header.senderSiteId, header.vector);
    recordFile(store, {
      fileId: header.fileId,
      direction: 'in',
      peer: header.senderSiteId,
      at: new Date(store.now()).toISOString(),
      operations: checked.operations,
    });
  });
  const erasure = runWrite(store, null, () => personalData.settle(store));
  return { tally, erasure };
}

function reviewIds(store: Store): Set<string> {
  return new Set(
    selectAll(store, store.db.selectFrom('review_items').select('id')).map((item) => item.id),
  );
}

function resultOf(
  store: Store,
  membership: Membership,
  path: string,
  header: SyncFileHeader,
  tally: ImportTally,
  conflicts: number,
  options: SyncImportOptions,
  isAlreadyImported: boolean,
): SyncFileResult {
  const arrived: ArrivedFromSite[] = [...tally.newByOrigin].map(([site, operations]) => {
    const rows = tally.newRows.get(site);
    return {
      site,
      siteName: siteName(store, site),
      operations,
      clients: rows?.get('clients') ?? 0,
      acts: rows?.get('service_acts') ?? 0,
      courses: rows?.get('courses') ?? 0,
      loans: rows?.get('loans') ?? 0,
    };
  });
  return {
    path,
    from: header.senderSiteId,
    fromName: siteName(store, header.senderSiteId),
    operations: isAlreadyImported ? header.counts.operations : tally.operations,
    new: tally.new,
    alreadyHeld: isAlreadyImported ? header.counts.operations : tally.alreadyHeld,
    conflicts,
    missing: missingRanges(store, membership.siteId, header.vector),
    arrived,
    isAlreadyImported,
    isDryRun: options.isDryRun,
  };
}
