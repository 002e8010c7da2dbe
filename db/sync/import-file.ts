import {
  advanceVector,
  applyImportedOperations,
  beginLongWrite,
  emptyTally,
  type ErasureOutcome,
  hasErasedAnything,
  type ImportTally,
  isHeld,
  type Operation,
  receiveClock,
  runWrite,
  wipeFreedSpace,
} from '../changes/index.ts';
import type { ArrivedFromSite, SyncFileResult } from '../contract/sync.ts';
import { PristavError } from '../errors.ts';
import { takeExclusiveUse } from '../exclusive-use.ts';
import { knownSchemaVersion } from '../migrations/index.ts';
import { prepared, type Store } from '../store.ts';
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
import type { KeyObject } from 'node:crypto';

/** An operation stamped more than this ahead of our clock refuses its file (SYNC.md). */
const maxClockLead = 12 * 60 * 60 * 1000;
/** Share of a table's live rows one file may delete without asking, and the least it asks for. */
const massDeleteShare = 0.2;
const massDeleteMinimum = 10;
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

interface CheckedFile {
  operations: number;
  origins: Set<string>;
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

/** The first pass: reads every operation and refuses the file on the first bad one. */
async function checkOperations(
  store: Store,
  membership: Membership,
  reader: SyncFileReader,
  path: string,
  options: SyncImportOptions,
): Promise<CheckedFile> {
  const { header } = reader;
  const sender = header.senderSiteId;
  const isFromHq = options.enrolment !== undefined || sender === membership.hqId;
  // Files go branch → HQ → branch: a branch takes them from HQ only.
  if (!isFromHq && !membership.isHq) {
    throw new PristavError('SYNC_BRANCH_RECEIVES_FROM_HQ', {
      path,
      site: siteName(store, sender),
      hq: siteName(store, membership.hqId),
    });
  }
  const ranges = new Map<string, { from: number; to: number }[]>();
  for (const range of header.ranges)
    ranges.set(range.site, [...(ranges.get(range.site) ?? []), range]);
  const latestAllowed = store.now() + maxClockLead;
  const siteKeys = new Map<string, number | null>();
  const localKey = (uuid: string) => {
    if (!siteKeys.has(uuid)) {
      siteKeys.set(
        uuid,
        (prepared(store, 'SELECT id FROM op_sites WHERE uuid = ?').pluck().get(uuid) as
          number | undefined) ?? null,
      );
    }
    return siteKeys.get(uuid)!;
  };
  // A counter above the highest held of its site is not held: no lookup (nearly every operation
  // of a new file). Read once per site in this pass, as the site keys are.
  const highest = new Map<number, number>();
  const isHeldHere = (operation: Operation) => {
    const key = localKey(operation.site);
    if (key === null) return false;
    let top = highest.get(key);
    if (top === undefined) {
      top =
        (prepared(store, 'SELECT max(counter) FROM ops WHERE site = ?').pluck().get(key) as
          number | null) ?? 0;
      highest.set(key, top);
    }
    return operation.counter <= top && isHeld(store, [key, operation.counter]);
  };
  const deletes = new Map<string, Set<string>>();
  const origins = new Set<string>();
  // Each origin's operations come in rising counters (as export writes them): none twice, so
  // the apply pass inserts them without asking which are new (apply-imported.ts).
  const lastCounter = new Map<string, number>();
  let index = 0;
  for await (const record of reader.operations()) {
    index += 1;
    const operation = fromWire(record);
    const refuse = (detail: string) =>
      new PristavError('SYNC_OPERATION_INVALID', { path, index, detail });
    if (typeof operation === 'string') throw refuse(operation);
    const declared = ranges.get(operation.site) ?? [];
    if (!declared.some((range) => operation.counter >= range.from && operation.counter <= range.to))
      throw refuse('outside the ranges in the header');
    if (operation.counter <= (lastCounter.get(operation.site) ?? 0))
      throw refuse('not after the previous operation of its site');
    lastCounter.set(operation.site, operation.counter);
    if (!isFromHq && (operation.table === 'sites' || operation.site === membership.hqId))
      throw new PristavError('SYNC_REGISTRY_FROM_BRANCH', { path, site: siteName(store, sender) });
    // Only HQ orders an erasure: from anywhere else it would delete a person everywhere.
    const hqId = options.enrolment?.hqId ?? membership.hqId;
    if (operation.table === 'erasures' && operation.site !== hqId)
      throw new PristavError('SYNC_ERASURE_FROM_BRANCH', { path, site: siteName(store, sender) });
    // A branch sends only its own operations: another office's, under the branch's signature,
    // could be forged by it.
    if (!isFromHq && operation.site !== sender) {
      throw new PristavError('SYNC_OTHER_SITES_FROM_BRANCH', {
        path,
        site: siteName(store, sender),
        origin: siteName(store, operation.site),
      });
    }
    if (operation.hlc.wall > latestAllowed) {
      throw new PristavError('SYNC_CLOCK_AHEAD', {
        path,
        site: siteName(store, operation.site),
        time: `${new Date(operation.hlc.wall).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      });
    }
    const held = isHeldHere(operation);
    if (operation.site === membership.siteId && !held)
      throw new PristavError('SYNC_OWN_OPERATION_UNKNOWN', { path, counter: operation.counter });
    if (!held && operation.column === 'deleted' && operation.value === 1) {
      const rows = deletes.get(operation.table) ?? new Set<string>();
      rows.add(operation.row);
      deletes.set(operation.table, rows);
    }
    origins.add(operation.site);
  }
  if (index !== header.counts.operations)
    throw new PristavError('SYNC_OPERATION_INVALID', {
      path,
      index,
      detail: `${index} operations, the header says ${header.counts.operations}`,
    });
  if (!options.allowMassDelete) checkMassDelete(store, path, deletes);
  return { operations: index, origins };
}

function checkMassDelete(store: Store, path: string, deletes: Map<string, Set<string>>): void {
  for (const [table, rows] of deletes) {
    const live = prepared(store, `SELECT id FROM ${table} WHERE deleted = 0 AND id = ?`);
    const count = [...rows].filter((row) => live.get(row) !== undefined).length;
    const total = prepared(store, `SELECT count(*) FROM ${table} WHERE deleted = 0`)
      .pluck()
      .get() as number;
    if (count >= massDeleteMinimum && count > total * massDeleteShare) {
      throw new PristavError('SYNC_MASS_DELETE', {
        path,
        table,
        count,
        total,
        share: Math.round((count / total) * 100),
      });
    }
  }
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
  for await (const record of reader.operations()) {
    const operation = fromWire(record);
    // Checked in the first pass; the reader re-verifies the bytes on every pass.
    if (typeof operation === 'string') throw new Error('An operation changed between passes');
    personalData.note(operation);
    batch.push(operation);
    if (batch.length >= batchSize) flush();
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
  return new Set(prepared(store, 'SELECT id FROM review_items').pluck().all() as string[]);
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
