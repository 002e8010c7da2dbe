import { createDecipheriv } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { SyncFileLayout } from './format.ts';
import { ciphertextOfSignedBytes } from './read-range.ts';
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
  for await (const ciphertext of ciphertextOfSignedBytes(input.handle, layout, digest, input)) {
    decipher?.update(ciphertext);
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
