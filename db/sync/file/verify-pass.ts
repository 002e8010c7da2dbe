import { createDecipheriv } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { SyncFileLayout } from './format.ts';
import { readRange } from './read-range.ts';
import { newSignedDigest } from './signature.ts';

export interface VerifyPassInput {
  handle: FileHandle;
  layout: SyncFileLayout;
  associatedData: Buffer;
  tag: Buffer;
  /** Undefined when no key could be derived (a hostile ephemeral key): the tag then fails. */
  key: Buffer | undefined;
  nonce: Buffer;
  signal?: AbortSignal | undefined;
  onProgress?: ((bytes: number, total: number) => void) | undefined;
}

/**
 * The pass that decides whether a file is trusted, before any operation leaves it: one read of
 * the signed bytes that both hashes them for the signature and runs them through AES-256-GCM,
 * discarding the plaintext, to check the tag. So a file that is forged, tampered with, or
 * encrypted to another key is refused when it is opened, not after some operations went out.
 *
 * It does not decompress: inflating bytes whose signature is not yet checked would let a
 * planted file (a gzip bomb) burn CPU; AES-GCM costs the same per byte whatever they hold.
 */
export async function verifyPass(
  input: VerifyPassInput,
): Promise<{ signedDigest: Buffer; tagValid: boolean }> {
  const { layout } = input;
  const digest = newSignedDigest();
  const decipher = input.key && createDecipheriv('aes-256-gcm', input.key, input.nonce);
  decipher?.setAAD(input.associatedData);
  decipher?.setAuthTag(input.tag);
  for await (const { chunk, position } of readRange(
    input.handle,
    0,
    layout.signedEnd,
    input.signal,
  )) {
    digest.update(chunk);
    const from = Math.max(0, layout.ciphertextStart - position);
    const to = Math.min(chunk.length, layout.ciphertextEnd - position);
    if (to > from) decipher?.update(chunk.subarray(from, to));
    input.onProgress?.(position + chunk.length, layout.signedEnd);
  }
  let tagValid = false;
  try {
    decipher?.final();
    tagValid = decipher !== undefined;
  } catch {
    tagValid = false;
  }
  return { signedDigest: digest.digest(), tagValid };
}
