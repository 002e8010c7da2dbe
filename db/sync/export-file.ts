import { join } from 'node:path';
import { type HeldRange, readOperationNames, readOperationPageAs } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { knownSchemaVersion } from '../migrations/index.ts';
import type { Store } from '../store.ts';
import { syncFileExtension } from './folder/incoming-files.ts';
import { writeSyncFile } from './file/index.ts';
import type { Membership } from './organisation.ts';
import { countRanges, exportSummary, rangesFor, readVector, recordFile } from './peer-state.ts';
import { agreementKeyOf, findSite, siteName } from './site-registry.ts';
import { syncFileName } from './sync-file-name.ts';
import { wireOperation } from './wire-operation.ts';

/** Operations read per query while a file streams out: bounded memory, short reads. */
const pageSize = 2_000;

export interface WrittenExport {
  path: string;
  name: string;
  to: string;
  toName: string;
  operations: number;
  bytes: number;
  fileId: string;
}

/** Pages of operations of the given ranges (as they travel), read as the file writer asks. */
async function* operationsOf(store: Store, ranges: readonly HeldRange[]) {
  const names = readOperationNames(store);
  for (const range of ranges) {
    let from = range.from;
    while (from <= range.to) {
      const page = readOperationPageAs(store, { ...range, from }, pageSize, names, wireOperation);
      if (page.length === 0) break;
      yield page;
      from = page[page.length - 1]![1] + 1;
      // Let other work run between pages (the window stays responsive during a long export).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/**
 * Writes one sync file for `recipient` into `folder`: everything it has not acknowledged,
 * signed and encrypted (SYNC.md "Version vectors and files"), via a temporary name, flushed,
 * renamed and read back. Ranges are fixed before the first byte, so writes made meanwhile wait
 * for the next file.
 */
export async function exportSyncFile(
  store: Store,
  membership: Membership,
  recipient: string,
  folder: string,
  signal?: AbortSignal,
): Promise<WrittenExport> {
  const site = findSite(store, recipient);
  if (!site || recipient === membership.siteId) {
    throw new PristavError('SYNC_UNKNOWN_SITE', { site: recipient });
  }
  if (site.is_revoked === 1) {
    throw new PristavError('SYNC_SITE_REVOKED', { site: siteName(store, recipient), path: '' });
  }
  if (!membership.isHq && recipient !== membership.hqId) {
    throw new PristavError('SYNC_BRANCH_SENDS_TO_HQ', { hq: siteName(store, membership.hqId) });
  }
  const recipientKey = agreementKeyOf(store, recipient);
  if (!recipientKey) throw new PristavError('SYNC_UNKNOWN_SITE', { site: recipient });

  const ranges = rangesFor(store, recipient, membership);
  const summary = exportSummary(store, recipient, membership);
  const operations = countRanges(ranges);
  const fileId = newId();
  const createdAt = new Date(store.now());
  const name = syncFileName(
    siteName(store, membership.siteId),
    siteName(store, recipient),
    createdAt,
    fileId,
    syncFileExtension,
  );
  const written = await writeSyncFile({
    path: join(folder, name),
    header: {
      fileId,
      createdAt: createdAt.toISOString(),
      organisationId: membership.organisationId,
      senderSiteId: membership.siteId,
      recipientSiteId: recipient,
      schemaVersion: knownSchemaVersion,
      vector: readVector(store),
      ranges: ranges.map(({ site: origin, from, to }) => ({ site: origin, from, to })),
      counts: { operations },
    },
    operations: { pages: operationsOf(store, ranges) },
    senderSigningKey: membership.keys.signing.privateKey,
    recipientAgreementKey: recipientKey,
    signal,
  });
  recordFile(store, {
    fileId,
    direction: 'out',
    peer: recipient,
    at: createdAt.toISOString(),
    operations,
    summary,
  });
  return {
    path: written.path,
    name,
    to: recipient,
    toName: siteName(store, recipient),
    operations,
    bytes: written.bytes,
    fileId,
  };
}
