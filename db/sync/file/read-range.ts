import type { FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES } from './format.ts';

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
