import { isHeld, type Operation } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { selectFirst } from '../query.ts';
import { prepared, type Store } from '../store.ts';
import type { SyncFileReader } from './file/index.ts';
import type { Membership } from './organisation.ts';
import { siteName } from './site-registry.ts';
import { fromWire } from './wire-operation.ts';

/*
 * The checks of an import's first pass (SYNC.md "Import: all or nothing"): every operation of a
 * file is read and judged before anything is written.
 */

/** An operation stamped more than this ahead of our clock refuses its file (SYNC.md). */
const maxClockLead = 12 * 60 * 60 * 1000;
/** Share of a table's live rows one file may delete without asking, and the least it asks for. */
const massDeleteShare = 0.2;
const massDeleteMinimum = 10;

export interface CheckedFile {
  operations: number;
  origins: Set<string>;
}

/** The first pass: reads every operation and refuses the file on the first bad one. */
export async function checkOperations(
  store: Store,
  membership: Membership,
  reader: SyncFileReader,
  path: string,
  options: { allowMassDelete: boolean; enrolment?: { hqId: string } },
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
        selectFirst(store, store.db.selectFrom('op_sites').select('id').where('uuid', '=', uuid))
          ?.id ?? null,
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
        selectFirst(
          store,
          store.db
            .selectFrom('ops')
            .select((eb) => eb.fn.max('counter').as('top'))
            .where('site', '=', key),
        )?.top ?? 0;
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
  const hqId = options.enrolment?.hqId ?? membership.hqId;
  const refuse = (detail: string) =>
    new PristavError('SYNC_OPERATION_INVALID', { path, index, detail });
  for await (const page of reader.pages()) {
    for (const record of page) {
      index += 1;
      const operation = fromWire(record);
      if (typeof operation === 'string') throw refuse(operation);
      const { site, counter } = operation;
      if (!isWithin(ranges.get(site), counter)) throw refuse('outside the ranges in the header');
      if (counter <= (lastCounter.get(site) ?? 0))
        throw refuse('not after the previous operation of its site');
      lastCounter.set(site, counter);
      if (!isFromHq && (operation.table === 'sites' || site === membership.hqId))
        throw new PristavError('SYNC_REGISTRY_FROM_BRANCH', {
          path,
          site: siteName(store, sender),
        });
      // Only HQ orders an erasure: from anywhere else it would delete a person everywhere.
      if (operation.table === 'erasures' && site !== hqId)
        throw new PristavError('SYNC_ERASURE_FROM_BRANCH', { path, site: siteName(store, sender) });
      // A branch sends only its own operations: another office's, under the branch's signature,
      // could be forged by it.
      if (!isFromHq && site !== sender) {
        throw new PristavError('SYNC_OTHER_SITES_FROM_BRANCH', {
          path,
          site: siteName(store, sender),
          origin: siteName(store, site),
        });
      }
      if (operation.hlc.wall > latestAllowed) {
        throw new PristavError('SYNC_CLOCK_AHEAD', {
          path,
          site: siteName(store, site),
          time: `${new Date(operation.hlc.wall).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        });
      }
      const held = isHeldHere(operation);
      if (site === membership.siteId && !held)
        throw new PristavError('SYNC_OWN_OPERATION_UNKNOWN', { path, counter });
      if (!held && operation.column === 'deleted' && operation.value === 1) {
        const rows = deletes.get(operation.table) ?? new Set<string>();
        rows.add(operation.row);
        deletes.set(operation.table, rows);
      }
      origins.add(site);
    }
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

function isWithin(ranges: readonly { from: number; to: number }[] | undefined, counter: number) {
  if (ranges === undefined) return false;
  for (const range of ranges) if (counter >= range.from && counter <= range.to) return true;
  return false;
}

// raw SQL: one lookup per row a file deletes; Kysely would add ~4.6 µs each (bench query-builder)
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
