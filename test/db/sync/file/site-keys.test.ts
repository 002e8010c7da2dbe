import { sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  exportKey,
  exportSiteKeys,
  generateSiteKeys,
  importPublicKey,
  importSiteKeys,
} from '../../../../db/sync/file/index.ts';

describe('site keys', () => {
  it('survive storage as text and still sign and agree', () => {
    const keys = generateSiteKeys();
    const stored = exportSiteKeys(keys);
    for (const text of Object.values(stored)) expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const restored = importSiteKeys(structuredClone(stored));
    expect(exportSiteKeys(restored)).toEqual(stored);
    const message = Buffer.from('zpráva');
    expect(
      verify(
        null,
        message,
        keys.signing.publicKey,
        sign(null, message, restored.signing.privateKey),
      ),
    ).toBe(true);
    expect(restored.agreement.privateKey.asymmetricKeyType).toBe('x25519');
  });

  it('refuse a private key that is not the pair of its public key (swapped or damaged)', () => {
    const stored = exportSiteKeys(generateSiteKeys());
    const other = exportSiteKeys(generateSiteKeys());
    expect(() => importSiteKeys({ ...stored, signingPublicKey: other.signingPublicKey })).toThrow(
      /does not match/,
    );
    expect(() =>
      importSiteKeys({
        ...stored,
        agreementPrivateKey: stored.signingPrivateKey,
        agreementPublicKey: stored.signingPublicKey,
      }),
    ).toThrow(/does not match/);
  });

  it('refuse text that is not a 32-byte key', () => {
    const publicKey = exportKey(generateSiteKeys().signing.publicKey);
    expect(importPublicKey('ed25519', publicKey).asymmetricKeyType).toBe('ed25519');
    for (const text of ['', publicKey.slice(1), `${publicKey}A`, `${publicKey.slice(0, 42)}+`])
      expect(() => importPublicKey('ed25519', text)).toThrow(/32 bytes/);
  });
});
