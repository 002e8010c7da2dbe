import type { KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ErrorCode } from '../../../../db/contract/errors.ts';
import { isPristavError } from '../../../../db/errors.ts';
import {
  generateSiteKeys,
  openSyncFile,
  type SiteKeys,
  type SyncFileHeaderFields,
  writeSyncFile,
} from '../../../../db/sync/file/index.ts';
import { PREAMBLE_BYTES, SIGNATURE_BYTES, TRAILER_BYTES } from '../../../../db/sync/file/format.ts';
import { newSignedDigest, signDigest } from '../../../../db/sync/file/signature.ts';

/** An organisation of three sites; keys are made once per test file (they are slow-ish). */
export const organisationId = '0190c2d4-0000-7000-8000-000000000001';
export const sites = {
  hq: { id: '0190c2d4-0000-7000-8000-0000000000a1', keys: generateSiteKeys() },
  jablonec: { id: '0190c2d4-0000-7000-8000-0000000000b2', keys: generateSiteKeys() },
  lipa: { id: '0190c2d4-0000-7000-8000-0000000000c3', keys: generateSiteKeys() },
};
export type SiteName = keyof typeof sites;

/** An operation shaped like the change log's; the file format treats it as opaque. */
export function operation(counter: number, value: unknown = `hodnota ${counter}`) {
  return {
    site: sites.hq.id,
    counter,
    hlc: 1_700_000_000_000 * 65536 + counter,
    table: 'clients',
    row: `0190c2d4-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`,
    column: 'note',
    value,
    deps: [],
  };
}

export function* operations(count: number) {
  for (let counter = 1; counter <= count; counter++) yield operation(counter);
}

export function headerFields(
  count: number,
  to: SiteName = 'jablonec',
  from: SiteName = 'hq',
): SyncFileHeaderFields {
  return {
    organisationId,
    senderSiteId: sites[from].id,
    recipientSiteId: sites[to].id,
    schemaVersion: 12,
    vector: { [sites.hq.id]: count, [sites.jablonec.id]: 7 },
    ranges: count > 0 ? [{ site: sites.hq.id, from: 1, to: count }] : [],
    counts: { operations: count },
  };
}

/** Writes a file from `from` to `to`; the keys used can be overridden to build bad files. */
export async function writeFixture(
  dir: string,
  options: {
    name?: string;
    count?: number;
    ops?: Iterable<unknown> | AsyncIterable<unknown>;
    to?: SiteName;
    from?: SiteName;
    signingKey?: KeyObject;
    recipientKey?: KeyObject;
  } = {},
) {
  const count = options.count ?? 20;
  const to = options.to ?? 'jablonec';
  const from = options.from ?? 'hq';
  return writeSyncFile({
    path: join(dir, options.name ?? 'file.pristav-sync'),
    header: headerFields(count, to, from),
    operations: options.ops ?? operations(count),
    senderSigningKey: options.signingKey ?? sites[from].keys.signing.privateKey,
    recipientAgreementKey: options.recipientKey ?? sites[to].keys.agreement.publicKey,
  });
}

/** Opens a file as the given site would, with the registry of the three sites. */
export function openAs(path: string, site: SiteName = 'jablonec', known: SiteKeysByName = {}) {
  return openSyncFile(path, {
    organisationId,
    recipientSiteId: sites[site].id,
    recipientAgreementKey: sites[site].keys.agreement.privateKey,
    senderSigningKey: (id) => {
      const entry = Object.entries(sites).find(([, s]) => s.id === id);
      if (!entry) return undefined;
      return (known[entry[0] as SiteName] ?? entry[1].keys).signing.publicKey;
    },
  });
}
type SiteKeysByName = Partial<Record<SiteName, SiteKeys>>;

/** Every operation of a file, as the recipient reads it. */
export async function readAll(path: string, site: SiteName = 'jablonec') {
  const reader = await openAs(path, site);
  try {
    const all: unknown[] = [];
    for await (const op of reader.operations()) all.push(op);
    return all;
  } finally {
    await reader.close();
  }
}

/** Awaits a refusal and checks its code; returns the error for further checks. */
export async function expectRefused(work: () => Promise<unknown>, code: ErrorCode | ErrorCode[]) {
  const error = await work().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isPristavError(error)) throw new Error(`Expected ${String(code)}, got ${String(error)}`);
  expect(Array.isArray(code) ? code : [code]).toContain(error.code);
  return error;
}

/** Header length from the preamble. */
export function headerLength(bytes: Buffer) {
  return bytes.readUInt32BE(PREAMBLE_BYTES - 4);
}

/** Signs the bytes again with `key`, as a sender holding that key would after changing them. */
export function resign(bytes: Buffer, key: KeyObject): Buffer {
  const copy = Buffer.from(bytes);
  const signedEnd = copy.length - TRAILER_BYTES + 16;
  const digest = newSignedDigest().update(copy.subarray(0, signedEnd)).digest();
  signDigest(digest, key).copy(copy, signedEnd);
  expect(signDigest(digest, key).length).toBe(SIGNATURE_BYTES);
  return copy;
}

/** Replaces text in the header (same length, so the layout holds). */
export function patchHeader(bytes: Buffer, from: string, to: string): Buffer {
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
  const end = PREAMBLE_BYTES + headerLength(bytes);
  const header = bytes.subarray(PREAMBLE_BYTES, end).toString('utf8');
  expect(header).toContain(from);
  const copy = Buffer.from(bytes);
  copy.write(header.replace(from, to), PREAMBLE_BYTES, 'utf8');
  return copy;
}

export function rewrite(path: string, change: (bytes: Buffer) => Buffer, target = path) {
  writeFileSync(target, change(readFileSync(path)));
  return target;
}
