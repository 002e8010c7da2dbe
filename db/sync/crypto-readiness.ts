import { PristavError } from '../errors.ts';
import { selfTestSyncCrypto } from './file/index.ts';

/*
 * The known-answer test of the sync file's primitives (X25519, HKDF, AES-256-GCM, Ed25519,
 * SHA-512), run once per process at start (openApp) and before the first sync operation
 * otherwise. A build whose crypto gives wrong answers must not write or read a single file.
 */

let failure: PristavError | null | undefined;

export function checkSyncCrypto(): PristavError | null {
  if (failure === undefined) {
    try {
      selfTestSyncCrypto();
      failure = null;
    } catch (error) {
      failure =
        error instanceof PristavError
          ? error
          : new PristavError('SYNC_CRYPTO_SELF_TEST_FAILED', { check: String(error) });
    }
  }
  return failure;
}

/** Throws the self-test's failure, if it failed: every sync method calls this first. */
export function requireSyncCrypto(): void {
  const error = checkSyncCrypto();
  if (error) throw error;
}
