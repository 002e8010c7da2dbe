import type { KeyObject } from 'node:crypto';
import { open } from 'node:fs/promises';
import { decryptOperationPages } from './decrypt-operations.ts';
import { type FileKeySource, fileKeyFor } from './file-key.ts';
import { SIGNATURE_BYTES, TAG_BYTES } from './format.ts';
import type { SyncFileHeader } from './header.ts';
import { readStructure } from './read-header.ts';
import { FileShrankError, readExactly } from './read-range.ts';
import { verifyDigest } from './signature.ts';
import { assertKey } from './site-keys.ts';
import { syncFileError } from './sync-file-error.ts';
import { verifyPass } from './verify-pass.ts';

export type ProgressListener = (bytes: number, total: number) => void;

export interface OpenSyncFileOptions {
  /** This site's organisation and id: the file must be addressed to them. */
  organisationId: string;
  recipientSiteId: string;
  /** This site's X25519 private key. */
  recipientAgreementKey: KeyObject;
  /**
   * The sender's Ed25519 public key from the site registry, or undefined for a site the registry
   * does not know. A revoked site: throw your own error here.
   */
  senderSigningKey: (siteId: string) => KeyObject | undefined | Promise<KeyObject | undefined>;
  /** A site's name for messages (a person knows "Turnov", not its id); the id when unknown. */
  siteName?: (siteId: string) => string;
  signal?: AbortSignal;
  /** Bytes read in the current pass (the check on opening, then each pass over operations). */
  onProgress?: ProgressListener;
}

/**
 * An open sync file that has passed every check that can be made without decompressing: its
 * signature and its GCM tag. The payload is decrypted again, streamed, when operations() runs.
 */
export interface SyncFileReader {
  readonly path: string;
  /** Authentic: it is covered by the signature that was checked. */
  readonly header: SyncFileHeader;
  /**
   * One pass over the operations, in bounded memory; each call starts a new pass. What it yields
   * came from a file whose signature and tag were verified on this same handle. Each pass also
   * re-hashes the file, re-checks the tag and counts the records, and throws at its end if the
   * file was rewritten in place since it was opened, or if the (signed) payload is malformed —
   * after operations have gone out. So an importer commits nothing before the loop completes:
   * validate in one pass, then write in a second inside a transaction that rolls back on a throw.
   */
  operations(): AsyncGenerator<unknown>;
  /** The same pass a page at a time (the records of one decompressed chunk): fewer awaits. */
  pages(): AsyncGenerator<unknown[]>;
  /**
   * A pass that checks everything operations() checks except each record's JSON, and counts
   * the records: for a writer reading back a file whose bytes its signature vouches for.
   */
  countRecords(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Opens a sync file addressed to this site, and checks, before anything from it is used:
 * the frame (magic, format version, complete), the header, the organisation, the recipient, the
 * sender, the signature over the whole file, and that it decrypts (GCM tag) with this site's
 * key. One file handle serves every pass, so a sync engine that replaces the file by a rename
 * in the meantime does not swap it under us.
 */
export async function openSyncFile(
  path: string,
  options: OpenSyncFileOptions,
): Promise<SyncFileReader> {
  assertKey(options.recipientAgreementKey, 'x25519', 'private');
  return openVerified(path, {
    keySource: { recipientPrivateKey: options.recipientAgreementKey },
    signal: options.signal,
    onProgress: options.onProgress,
    async senderKeyFor(header) {
      if (header.organisationId !== options.organisationId)
        throw syncFileError('SYNC_FILE_OTHER_ORGANISATION', path);
      if (header.recipientSiteId !== options.recipientSiteId)
        throw syncFileError('SYNC_FILE_WRONG_RECIPIENT', path, {
          recipient: options.siteName?.(header.recipientSiteId) ?? header.recipientSiteId,
        });
      const key = await options.senderSigningKey(header.senderSiteId);
      if (!key)
        throw syncFileError('SYNC_FILE_UNKNOWN_SENDER', path, { sender: header.senderSiteId });
      assertKey(key, 'ed25519', 'public');
      return key;
    },
  });
}

/**
 * Checks a whole file — signature, decryption, GCM tag, every record — without keeping any
 * operation. For a "check only" import, and for the writer's read-back.
 */
export async function verifySyncFile(
  path: string,
  options: OpenSyncFileOptions,
): Promise<{ header: SyncFileHeader; operations: number }> {
  return countOperations(await openSyncFile(path, options));
}

export async function countOperations(
  reader: SyncFileReader,
): Promise<{ header: SyncFileHeader; operations: number }> {
  try {
    let operations = 0;
    for await (const page of reader.pages()) operations += page.length;
    return { header: reader.header, operations };
  } finally {
    await reader.close();
  }
}

export interface VerifyChecks {
  keySource: FileKeySource;
  /** Checks the header's claims and returns the key its signature must verify with. */
  senderKeyFor(header: SyncFileHeader): Promise<KeyObject>;
  signal?: AbortSignal | undefined;
  onProgress?: ProgressListener | undefined;
}

/** The common path of a recipient opening a file and a sender reading its own file back. */
export async function openVerified(path: string, checks: VerifyChecks): Promise<SyncFileReader> {
  const handle = await open(path, 'r');
  try {
    const { header, layout, associatedData } = await readStructure(handle, path);
    const senderKey = await checks.senderKeyFor(header);
    const tag = await readExactly(handle, layout.ciphertextEnd, TAG_BYTES);
    const signature = await readExactly(handle, layout.signedEnd, SIGNATURE_BYTES);
    const nonce = Buffer.from(header.nonce, 'base64url');
    let key: Buffer | undefined;
    try {
      key = fileKeyFor(checks.keySource, Buffer.from(header.ephemeralPublicKey, 'base64url'));
    } catch {
      // Only an ephemeral key of small order fails here; the tag check below then fails too.
      key = undefined;
    }
    const { signedDigest, tagValid } = await verifyPass({
      handle,
      layout,
      associatedData,
      tag,
      key,
      nonce,
      signal: checks.signal,
      onProgress: checks.onProgress,
    });
    // Tampering is the graver finding, so it is reported first.
    if (!verifyDigest(signedDigest, signature, senderKey))
      throw syncFileError('SYNC_FILE_SIGNATURE_INVALID', path);
    if (!key || !tagValid) throw syncFileError('SYNC_FILE_CANNOT_DECRYPT', path);

    const pass = {
      handle,
      path,
      layout,
      associatedData,
      tag,
      signedDigest,
      key,
      nonce,
      expectedOperations: header.counts.operations,
      signal: checks.signal,
      onProgress: checks.onProgress,
    };
    let closed: Promise<void> | undefined;
    return {
      path,
      header,
      async *operations() {
        for await (const page of decryptOperationPages(pass)) yield* page;
      },
      pages: () => decryptOperationPages(pass),
      async countRecords() {
        let count = 0;
        for await (const page of decryptOperationPages(pass, { parse: false }))
          count += page.length;
        return count;
      },
      close: () => (closed ??= handle.close()),
    };
  } catch (error) {
    await handle.close();
    if (error instanceof FileShrankError) throw syncFileError('SYNC_FILE_TRUNCATED', path);
    throw error;
  }
}
