import { createPublicKey, diffieHellman, hkdfSync, type KeyObject } from 'node:crypto';
import { importPublicKey, rawKey } from './site-keys.ts';

/*
 * The AES-256-GCM key of one file, ECIES-style: the sender makes a one-time X25519 key pair,
 * agrees a secret with the recipient's static X25519 key, and derives the key with
 * HKDF-SHA256. The one-time key makes every file's key fresh, so a nonce can never repeat
 * under a key, and losing a sender's keys later reveals none of the files it sent.
 *
 * The info binds both public keys (ephemeral, then recipient), as HPKE's DHKEM does: the key
 * is then tied to the exact recipient key, so a file cannot be passed off as encrypted to a
 * different key that happens to yield a related secret. The label separates this key from any
 * other use of the same agreement (enrolment, future formats). The salt is empty: the secret is
 * already uniformly hard to guess, and RFC 5869 allows it.
 */

export const FILE_KEY_INFO_LABEL = 'Pristav sync file v1: AES-256-GCM key';

export function deriveFileKey(
  sharedSecret: Uint8Array,
  ephemeralPublic: Uint8Array,
  recipientPublic: Uint8Array,
): Buffer {
  const info = Buffer.concat([
    Buffer.from(FILE_KEY_INFO_LABEL, 'utf8'),
    ephemeralPublic,
    recipientPublic,
  ]);
  return Buffer.from(hkdfSync('sha256', sharedSecret, Buffer.alloc(0), info, 32));
}

/**
 * X25519 between our private key and the peer's public key. OpenSSL and BoringSSL already
 * refuse an all-zero result (a peer key of small order); the check here does not rely on it.
 */
export function agree(privateKey: KeyObject, publicKey: KeyObject): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  if (secret.every((byte) => byte === 0)) throw new Error('X25519 gave an all-zero secret.');
  return secret;
}

/**
 * Who is opening a file: its recipient (static private key × the file's ephemeral public key),
 * or its sender reading it back before reporting success (the ephemeral private key × the
 * recipient's public key). Both reach the same secret.
 */
export type FileKeySource =
  | { recipientPrivateKey: KeyObject }
  | { ephemeralPrivateKey: KeyObject; recipientPublicKey: KeyObject };

export function fileKeyFor(source: FileKeySource, ephemeralPublicRaw: Uint8Array): Buffer {
  if ('recipientPrivateKey' in source) {
    const recipientPublic = rawKey(createPublicKey(source.recipientPrivateKey));
    const secret = agree(source.recipientPrivateKey, importPublicKey('x25519', ephemeralPublicRaw));
    return deriveFileKey(secret, ephemeralPublicRaw, recipientPublic);
  }
  const secret = agree(source.ephemeralPrivateKey, source.recipientPublicKey);
  return deriveFileKey(secret, ephemeralPublicRaw, rawKey(source.recipientPublicKey));
}
