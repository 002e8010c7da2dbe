import { enforceErasures, type ErasureOutcome, type Operation } from '../changes/index.ts';
import { clientOfAct, forgetAnonymisedHistory } from '../security/gdpr/forget-anonymised.ts';
import type { Store } from '../store.ts';

/**
 * What an imported file means for people erased or anonymised (issue 12): the clients (and
 * acts' notes) it touches are noted while it is read; once it is in, an anonymised client's
 * replaced values are forgotten again (an anonymisation arriving, or an older value after it)
 * and every erasure held is enforced (one in this file, or an operation about someone erased
 * before). Call settle() in the import's transaction.
 */
export function trackPersonalData() {
  const clients = new Set<string>();
  const actNotes = new Set<string>();
  return {
    note(operation: Operation): void {
      if (operation.table === 'clients') clients.add(operation.row);
      if (operation.table === 'service_acts' && operation.column === 'note') {
        actNotes.add(operation.row);
      }
    },
    settle(store: Store): ErasureOutcome {
      for (const act of actNotes) {
        const client = clientOfAct(store, act);
        if (client !== undefined) clients.add(client);
      }
      let forgotten = 0;
      for (const client of clients) forgotten += forgetAnonymisedHistory(store, client);
      const outcome = enforceErasures(store);
      return { ...outcome, stubs: outcome.stubs + forgotten };
    },
  };
}
