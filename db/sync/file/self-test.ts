import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  hkdfSync,
  sign,
  verify,
} from 'node:crypto';
import { PristavError } from '../../errors.ts';
import { agree } from './file-key.ts';
import { type SyncCryptoVectors, syncCryptoVectors } from './self-test-vectors.ts';
import { importPrivateKey, importPublicKey, rawKey } from './site-keys.ts';

/*
 * Runs each primitive of the sync format on its standard's known answer, through the same
 * Node calls and key imports the format uses. The app calls it at start: a crypto build that
 * disagrees with the standards (a patched OpenSSL, a BoringSSL quirk in Electron) must disable
 * sync rather than write files no other office can read — or accept files it should refuse,
 * which is why each check also shows that a wrong input is rejected.
 */

const hex = (text: string) => Buffer.from(text, 'hex');

/** Throws SYNC_CRYPTO_SELF_TEST_FAILED naming the first primitive that disagrees. */
export function selfTestSyncCrypto(vectors: SyncCryptoVectors = syncCryptoVectors): void {
  check('X25519', () => {
    const v = vectors.x25519;
    const alice = importPrivateKey('x25519', hex(v.alicePrivate));
    const bob = importPrivateKey('x25519', hex(v.bobPrivate));
    return (
      rawKey(createPublicKey(alice)).equals(hex(v.alicePublic)) &&
      rawKey(createPublicKey(bob)).equals(hex(v.bobPublic)) &&
      agree(alice, importPublicKey('x25519', hex(v.bobPublic))).equals(hex(v.shared)) &&
      agree(bob, importPublicKey('x25519', hex(v.alicePublic))).equals(hex(v.shared))
    );
  });

  check('Ed25519', () => {
    const v = vectors.ed25519;
    const secret = importPrivateKey('ed25519', hex(v.secret));
    const publicKey = importPublicKey('ed25519', hex(v.public));
    const message = hex(v.message);
    const signature = hex(v.signature);
    const tampered = Buffer.concat([message, Buffer.from([0])]);
    return (
      rawKey(createPublicKey(secret)).equals(hex(v.public)) &&
      sign(null, message, secret).equals(signature) &&
      verify(null, message, publicKey, signature) &&
      !verify(null, tampered, publicKey, signature)
    );
  });

  check('HKDF-SHA256', () => {
    const v = vectors.hkdf;
    const okm = hex(v.okm);
    return Buffer.from(hkdfSync('sha256', hex(v.ikm), hex(v.salt), hex(v.info), okm.length)).equals(
      okm,
    );
  });

  check('AES-256-GCM', () => {
    const v = vectors.aesGcm;
    const cipher = createCipheriv('aes-256-gcm', hex(v.key), hex(v.iv)).setAAD(hex(v.aad));
    const ciphertext = Buffer.concat([cipher.update(hex(v.plaintext)), cipher.final()]);
    const decipher = createDecipheriv('aes-256-gcm', hex(v.key), hex(v.iv)).setAAD(hex(v.aad));
    decipher.setAuthTag(hex(v.tag));
    const plaintext = Buffer.concat([decipher.update(hex(v.ciphertext)), decipher.final()]);
    return (
      ciphertext.equals(hex(v.ciphertext)) &&
      cipher.getAuthTag().equals(hex(v.tag)) &&
      plaintext.equals(hex(v.plaintext)) &&
      rejectsForgedTag(v)
    );
  });

  check('SHA-512', () =>
    createHash('sha512')
      .update(hex(vectors.sha512.message))
      .digest()
      .equals(hex(vectors.sha512.digest)),
  );
}

/** GCM must refuse a ciphertext whose tag is one bit off. */
function rejectsForgedTag(v: SyncCryptoVectors['aesGcm']): boolean {
  const forged = hex(v.tag);
  forged[0]! ^= 1;
  const decipher = createDecipheriv('aes-256-gcm', hex(v.key), hex(v.iv)).setAAD(hex(v.aad));
  decipher.setAuthTag(forged);
  decipher.update(hex(v.ciphertext));
  try {
    decipher.final();
    return false;
  } catch {
    return true;
  }
}

function check(name: string, run: () => boolean) {
  let passed = false;
  try {
    passed = run();
  } catch {
    passed = false;
  }
  if (!passed) throw new PristavError('SYNC_CRYPTO_SELF_TEST_FAILED', { check: name });
}
