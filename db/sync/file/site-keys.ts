import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

/*
 * A site's two key pairs: Ed25519 to sign the files it sends, X25519 to receive files (SYNC.md
 * "Identities"). Keys are stored and sent as their raw 32 bytes in base64url: short enough for a
 * column of the site registry, and the form RFC 7748/8032 test vectors use.
 *
 * Raw bytes go in and out through fixed DER prefixes (SPKI for public, PKCS#8 for private
 * keys) rather than JWK or Node's newer 'raw-*' formats: DER import works the same on every Node
 * since 12 and in Electron's BoringSSL build, and the prefix names the algorithm, so bytes meant
 * for one curve cannot be taken for the other.
 */

export type KeyAlgorithm = 'ed25519' | 'x25519';

const derPrefix = {
  ed25519: {
    public: Buffer.from('302a300506032b6570032100', 'hex'),
    private: Buffer.from('302e020100300506032b657004220420', 'hex'),
  },
  x25519: {
    public: Buffer.from('302a300506032b656e032100', 'hex'),
    private: Buffer.from('302e020100300506032b656e04220420', 'hex'),
  },
} as const;

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export interface SiteKeys {
  /** Ed25519: signs the files this site sends. */
  signing: KeyPair;
  /** X25519: files for this site are encrypted to it. */
  agreement: KeyPair;
}

/** The same keys as text, for storage (private keys encrypted by the caller, never in clear). */
export interface StoredSiteKeys {
  signingPublicKey: string;
  signingPrivateKey: string;
  agreementPublicKey: string;
  agreementPrivateKey: string;
}

export function generateSiteKeys(): SiteKeys {
  return { signing: generateKeyPairSync('ed25519'), agreement: generateKeyPairSync('x25519') };
}

/** The raw 32 bytes of a public or private Ed25519/X25519 key. */
export function rawKey(key: KeyObject): Buffer {
  const der =
    key.type === 'public'
      ? key.export({ format: 'der', type: 'spki' })
      : key.export({ format: 'der', type: 'pkcs8' });
  return der.subarray(der.length - 32);
}

export function exportKey(key: KeyObject): string {
  return rawKey(key).toString('base64url');
}

export function importPublicKey(algorithm: KeyAlgorithm, raw: Uint8Array | string): KeyObject {
  const bytes = toRaw(raw, algorithm);
  return createPublicKey({
    key: Buffer.concat([derPrefix[algorithm].public, bytes]),
    format: 'der',
    type: 'spki',
  });
}

export function importPrivateKey(algorithm: KeyAlgorithm, raw: Uint8Array | string): KeyObject {
  const bytes = toRaw(raw, algorithm);
  return createPrivateKey({
    key: Buffer.concat([derPrefix[algorithm].private, bytes]),
    format: 'der',
    type: 'pkcs8',
  });
}

export function exportSiteKeys(keys: SiteKeys): StoredSiteKeys {
  return {
    signingPublicKey: exportKey(keys.signing.publicKey),
    signingPrivateKey: exportKey(keys.signing.privateKey),
    agreementPublicKey: exportKey(keys.agreement.publicKey),
    agreementPrivateKey: exportKey(keys.agreement.privateKey),
  };
}

/**
 * Reads stored keys back, and checks each private key against its public key: a swapped or
 * damaged value would otherwise only show later as files nobody can read.
 */
export function importSiteKeys(stored: StoredSiteKeys): SiteKeys {
  const pair = (algorithm: KeyAlgorithm, publicText: string, privateText: string): KeyPair => {
    const privateKey = importPrivateKey(algorithm, privateText);
    const publicKey = importPublicKey(algorithm, publicText);
    if (!rawKey(createPublicKey(privateKey)).equals(rawKey(publicKey)))
      throw new TypeError(`The stored ${algorithm} private key does not match its public key.`);
    return { publicKey, privateKey };
  };
  return {
    signing: pair('ed25519', stored.signingPublicKey, stored.signingPrivateKey),
    agreement: pair('x25519', stored.agreementPublicKey, stored.agreementPrivateKey),
  };
}

/** Throws unless the key is of the algorithm and type a function needs (a programming error). */
export function assertKey(key: KeyObject, algorithm: KeyAlgorithm, type: 'public' | 'private') {
  if (key.type !== type || key.asymmetricKeyType !== algorithm)
    throw new TypeError(
      `Expected an ${algorithm} ${type} key, got ${key.asymmetricKeyType ?? 'a secret key'} (${key.type}).`,
    );
}

function toRaw(raw: Uint8Array | string, algorithm: KeyAlgorithm): Buffer {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'base64url') : Buffer.from(raw);
  const canonical = typeof raw !== 'string' || bytes.toString('base64url') === raw;
  if (bytes.length !== 32 || !canonical)
    throw new TypeError(`An ${algorithm} key must be 32 bytes (43 base64url characters).`);
  return bytes;
}
