import type { Client } from '../../../db/contract/index.ts';

export type ConsentState =
  | { kind: 'withdrawn'; date: string }
  | { kind: 'given'; date: string; version: string }
  | { kind: 'pending' }
  | { kind: 'missing' };

/** Where the person's GDPR consent stands; a withdrawal outweighs an earlier consent. */
export function consentState(client: Client): ConsentState {
  if (client.consentWithdrawn) return { kind: 'withdrawn', date: client.consentWithdrawn };
  if (client.consentDate) {
    return { kind: 'given', date: client.consentDate, version: client.consentVersion };
  }
  return client.isConsentPending ? { kind: 'pending' } : { kind: 'missing' };
}
