import { createDecipheriv } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isPristavError } from '../../errors.ts';
import type { SyncFileLayout } from './format.ts';
import { ciphertextOfSignedBytes, FileShrankError, readRange } from './read-range.ts';
import { createRecordParser } from './records.ts';
import { newSignedDigest } from './signature.ts';
import { syncFileError } from './sync-file-error.ts';

/** Everything a decryption pass needs, all taken from the checks made when the file was opened. */
export interface DecryptPass {
  handle: FileHandle;
  path: string;
  layout: SyncFileLayout;
  associatedData: Buffer;
  tag: Buffer;
  /** SHA-512 of the signed bytes, as the signature check computed it. */
  signedDigest: Buffer;
  key: Buffer;
  nonce: Buffer;
  expectedOperations: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((bytes: number, total: number) => void) | undefined;
}

/** Decompressed bytes per chunk: a chunk's records are one page (fewer awaits than 16 kB). */
const plaintextChunkBytes = 256 * 1024;

/**
 * One streaming pass: ciphertext → AES-256-GCM → gunzip → records, yielded a page (the records
 * completed by one decompressed chunk) at a time: an await per operation cost a pass of a
 * million operations about 0.2 s.
 *
 * Opening the file already checked the signature and the tag. But the file could be rewritten
 * in place since (a network share), and GCM authenticates only at its end; so this pass hashes
 * the signed bytes again, uses the tag read when the file was opened, and counts the records.
 * Any mismatch throws — after the last operation was yielded. A caller must therefore treat
 * nothing as valid until the iteration has completed without throwing (see SyncFileReader).
 */
export async function* decryptOperationPages(
  pass: DecryptPass,
  options: { parse: boolean } = { parse: true },
): AsyncGenerator<unknown[]> {
  const { layout } = pass;
  const decipher = createDecipheriv('aes-256-gcm', pass.key, pass.nonce);
  decipher.setAAD(pass.associatedData);
  decipher.setAuthTag(pass.tag);

  async function* ciphertext() {
    const digest = newSignedDigest();
    yield* ciphertextOfSignedBytes(pass.handle, layout, digest, pass);
    if (!digest.digest().equals(pass.signedDigest))
      throw new Error('The file changed after its signature was checked.');
  }

  // One chunk of read-ahead: with the streams' own small buffers, a pass holds a few chunks.
  const source = Readable.from(ciphertext(), { highWaterMark: 1 });
  const plaintext = pipeline(
    source,
    decipher,
    createGunzip({ chunkSize: plaintextChunkBytes }),
    () => {},
  );
  const parser = createRecordParser(options);
  let count = 0;
  try {
    for await (const chunk of plaintext as AsyncIterable<Buffer>) {
      const page = parser.push(chunk);
      count += page.length;
      if (count > pass.expectedOperations) throw new RangeError('More records than announced.');
      if (page.length > 0) yield page;
    }
    parser.end();
    if (count !== pass.expectedOperations) throw new RangeError('Fewer records than announced.');
  } catch (error) {
    throw pass.signal?.aborted ? error : await refusal(error, pass);
  } finally {
    plaintext.destroy();
  }
}

/**
 * Maps a failure of the pass to a refusal; I/O errors pass through. Whether the file changed
 * since it was opened is asked of the file itself, by hashing it again: the hash, GCM and gunzip
 * run concurrently, and which of them trips first must not decide the message.
 */
async function refusal(error: unknown, pass: DecryptPass): Promise<unknown> {
  if (isPristavError(error)) return error;
  if (error instanceof FileShrankError) return syncFileError('SYNC_FILE_TRUNCATED', pass.path);
  if (isIoError(error)) return error;
  try {
    const digest = newSignedDigest();
    for await (const { chunk } of readRange(pass.handle, 0, pass.layout.signedEnd))
      digest.update(chunk);
    if (!digest.digest().equals(pass.signedDigest))
      return syncFileError('SYNC_FILE_SIGNATURE_INVALID', pass.path);
  } catch (rereadError) {
    if (rereadError instanceof FileShrankError)
      return syncFileError('SYNC_FILE_TRUNCATED', pass.path);
    return rereadError;
  }
  return syncFileError('SYNC_FILE_CANNOT_DECRYPT', pass.path);
}

/** A failing disk or a stick pulled out is not the file's fault: say so, not "damaged". */
function isIoError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
