import { createHash, type Hash, type KeyObject, sign, verify } from 'node:crypto';

/*
 * Ed25519 signs a message held in memory, not a stream, and a file may be gigabytes. So the
 * signature is over a short message: a context string, then SHA-512 of the signed bytes
 * (preamble, header, ciphertext, GCM tag — computed while they stream past).
 *
 * Why not Ed25519ph (RFC 8032's prehash variant, which is exactly "sign a SHA-512")? Node has no
 * Ed25519ph, and its Ed25519ctx `context` option is recent OpenSSL-only — Electron's BoringSSL
 * build may lack it. Pure Ed25519 over context ‖ digest is sound: a forgery needs either an
 * Ed25519 forgery or a SHA-512 collision, the same assumption Ed25519ph makes. The context
 * string, ending in a NUL no digest-prefixed message from elsewhere would share, keeps these
 * signatures apart from anything else a site's key signs (enrolment files, registry changes).
 */

export const SIGNATURE_CONTEXT = Buffer.from('Pristav sync file v1: Ed25519(SHA-512)\0', 'utf8');

export function newSignedDigest(): Hash {
  return createHash('sha512');
}

function message(digest: Uint8Array): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, digest]);
}

export function signDigest(digest: Uint8Array, signingPrivateKey: KeyObject): Buffer {
  return sign(null, message(digest), signingPrivateKey);
}

/** False for any signature that does not verify, including a malformed one. */
export function verifyDigest(
  digest: Uint8Array,
  signature: Uint8Array,
  signingPublicKey: KeyObject,
): boolean {
  try {
    return verify(null, message(digest), signingPublicKey, signature);
  } catch {
    return false;
  }
}
