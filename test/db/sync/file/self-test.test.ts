import { describe, expect, it } from 'vitest';
import { isPristavError } from '../../../../db/errors.ts';
import { selfTestSyncCrypto } from '../../../../db/sync/file/index.ts';
import {
  type SyncCryptoVectors,
  syncCryptoVectors,
} from '../../../../db/sync/file/self-test-vectors.ts';

const checkName = {
  x25519: 'X25519',
  ed25519: 'Ed25519',
  hkdf: 'HKDF-SHA256',
  aesGcm: 'AES-256-GCM',
  sha512: 'SHA-512',
} as const;

/** One hex digit changed in the middle (away from X25519's clamped bits), or a byte added. */
function corrupt(hex: string): string {
  if (hex.length === 0) return '00';
  const at = Math.min(10, hex.length - 1);
  return hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
}

describe('the self-test of the sync crypto', () => {
  it('passes on this build of Node', () => {
    expect(() => selfTestSyncCrypto()).not.toThrow();
  });

  it('fails, naming the primitive, when any single value of any vector is wrong', () => {
    let cases = 0;
    for (const primitive of Object.keys(syncCryptoVectors) as (keyof SyncCryptoVectors)[]) {
      const fields = syncCryptoVectors[primitive] as Record<string, string>;
      for (const field of Object.keys(fields)) {
        const vectors = structuredClone(syncCryptoVectors);
        (vectors[primitive] as Record<string, string>)[field] = corrupt(fields[field]!);
        let failure: unknown;
        try {
          selfTestSyncCrypto(vectors);
        } catch (error) {
          failure = error;
        }
        expect(isPristavError(failure), `${primitive}.${field}`).toBe(true);
        expect(failure).toMatchObject({
          code: 'SYNC_CRYPTO_SELF_TEST_FAILED',
          params: { check: checkName[primitive] },
        });
        cases++;
      }
    }
    expect(cases).toBe(21);
  });
});
