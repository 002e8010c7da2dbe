import { z } from 'zod';
import { syncFileError } from './sync-file-error.ts';

/*
 * The plaintext header is JSON, not a compact binary, because it is tiny next to the payload
 * (a few hundred bytes against megabytes), because a person helping an office over the phone can
 * read who a file is from and for with any text viewer, and because JSON.parse is a parser we do
 * not have to write or fuzz. It is never re-serialised for a check: the signature and the GCM
 * associated data cover its exact bytes, so key order or spacing cannot matter.
 *
 * It holds ids, counters and key material only — nothing about a person. Its schema is strict:
 * an unknown field is refused rather than ignored, so whatever a header says has been read here;
 * a format change bumps SYNC_FILE_FORMAT_VERSION instead.
 */

/** Ids are compared as strings (recipient check, sender lookup), so only the canonical form. */
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const counter = z.int().min(0);
const base64url = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/)
    .length(Math.ceil((bytes * 4) / 3));

const range = z.strictObject({ site: id, from: z.int().min(1), to: z.int().min(1) });

const headerSchema = z
  .strictObject({
    fileId: id,
    organisationId: id,
    senderSiteId: id,
    recipientSiteId: id,
    schemaVersion: z.int().min(1),
    /** When the file was written (UTC); shown on the Synchronizace screen. */
    createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/),
    /** The sender's version vector: origin site → highest contiguous counter it holds. */
    vector: z.record(id, counter),
    /** The operations in this file, per origin site (counters inclusive). */
    ranges: z.array(range),
    counts: z.strictObject({ operations: counter }),
    /** The sender's one-time X25519 public key, raw, base64url. */
    ephemeralPublicKey: base64url(32),
    /** The AES-256-GCM nonce, base64url. */
    nonce: base64url(12),
  })
  .superRefine((header, context) => {
    if (header.senderSiteId === header.recipientSiteId)
      context.addIssue({ code: 'custom', path: ['recipientSiteId'], message: 'is the sender' });
    // Sorted by site, then start: an overlap within one site shows up between neighbours.
    const sorted = header.ranges.toSorted((a, b) =>
      a.site === b.site ? a.from - b.from : a.site < b.site ? -1 : 1,
    );
    sorted.forEach((entry, index) => {
      const previous = sorted[index - 1];
      const overlaps = previous?.site === entry.site && entry.from <= previous.to;
      if (entry.to < entry.from || overlaps)
        context.addIssue({ code: 'custom', path: ['ranges', index], message: 'bad range' });
    });
  });

export type SyncFileHeader = z.infer<typeof headerSchema>;
export type SyncRange = SyncFileHeader['ranges'][number];

/** What a writer chooses; the rest of the header (keys, nonce, and ids if omitted) is made here. */
export type SyncFileHeaderFields = Omit<
  SyncFileHeader,
  'fileId' | 'createdAt' | 'ephemeralPublicKey' | 'nonce'
> & { fileId?: string; createdAt?: string };

/** Checks a header a writer is about to write, so a bad one fails before any byte goes out. */
export function checkHeaderToWrite(header: SyncFileHeader): void {
  const result = headerSchema.safeParse(header);
  if (!result.success) throw new TypeError(`Invalid sync file header: ${issuePath(result.error)}`);
}

export function encodeHeader(header: SyncFileHeader): Buffer {
  return Buffer.from(JSON.stringify(header), 'utf8');
}

/** Parses the header bytes of a file; any fault is the file's, so it is a coded refusal. */
export function parseHeader(bytes: Uint8Array, path: string): SyncFileHeader {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw syncFileError('SYNC_FILE_HEADER_MALFORMED', path, { detail: 'UTF-8' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw syncFileError('SYNC_FILE_HEADER_MALFORMED', path, { detail: 'JSON' });
  }
  const result = headerSchema.safeParse(json);
  if (!result.success)
    throw syncFileError('SYNC_FILE_HEADER_MALFORMED', path, { detail: issuePath(result.error) });
  return result.data;
}

/** The field at fault, language-neutral so it fits the Czech and the English message alike. */
function issuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? issue.path.join('.') : 'header';
}
