import type { FileHandle } from 'node:fs/promises';
import type { Hash } from 'node:crypto';
import { CHUNK_BYTES, type SyncFileLayout } from './format.ts';

/** Thrown when a file is shorter than it was a moment ago; the reader maps it to a refusal. */
export class FileShrankError extends Error {}

/**
 * Reads [start, end) of an open file in chunks, at explicit positions: several passes over one
 * handle never share a file offset, and each chunk is a fresh buffer, since consumers (gunzip)
 * hold on to what they are given.
 */
export async function* readRange(
  handle: FileHandle,
  start: number,
  end: number,
  signal?: AbortSignal,
): AsyncGenerator<{ chunk: Buffer; position: number }> {
  let position = start;
  while (position < end) {
    signal?.throwIfAborted();
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - position));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) throw new FileShrankError('The file ended early.');
    yield { chunk: chunk.subarray(0, bytesRead), position };
    position += bytesRead;
  }
}

/** Exactly `length` bytes at `position`. */
export async function readExactly(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const { chunk } of readRange(handle, position, position + length)) parts.push(chunk);
  return Buffer.concat(parts, length);
}

/**
 * One pass over the signed bytes of a sync file: every byte goes into `digest` (the signature's
 * hash), and the ciphertext's share of each chunk is yielded. The check on opening and every
 * decryption pass read the file this same way.
 */
export async function* ciphertextOfSignedBytes(
  handle: FileHandle,
  layout: SyncFileLayout,
  digest: Hash,
  options: {
    signal?: AbortSignal | undefined;
    onProgress?: ((bytes: number, total: number) => void) | undefined;
  },
): AsyncGenerator<Buffer> {
  for await (const { chunk, position } of readRange(handle, 0, layout.signedEnd, options.signal)) {
    digest.update(chunk);
    const from = Math.max(0, layout.ciphertextStart - position);
    const to = Math.min(chunk.length, layout.ciphertextEnd - position);
    if (to > from) yield chunk.subarray(from, to);
    options.onProgress?.(position + chunk.length, layout.signedEnd);
  }
}
