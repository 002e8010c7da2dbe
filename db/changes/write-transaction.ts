import { PristavError } from '../errors.ts';
import { prepared, type Store } from '../store.ts';
import { formatHlc, type Hlc, tickHlc } from './hlc.ts';
import { readSiteId } from './local-meta.ts';

/**
 * The state of one write transaction: which site writes, its next counter and its clock. Read
 * from the database when the transaction starts and saved in it before commit, so a failed
 * transaction leaves neither operations nor a moved clock or counter behind.
 */
export interface WriteTransaction {
  store: Store;
  site: string;
  author: string | null;
  counter: number;
  hlc: Hlc;
}

/**
 * Runs `work` in one IMMEDIATE transaction (it takes the write lock at once, so two writers
 * never interleave their counters). Everything `work` writes through writeRow() commits or
 * rolls back together with its operations.
 */
export function runWrite<T>(
  store: Store,
  author: string | null,
  work: (w: WriteTransaction) => T,
): T {
  const transaction = store.sqlite.transaction(() => {
    const w = beginWrite(store, author);
    const result = work(w);
    finishWrite(w);
    return result;
  });
  return transaction.immediate();
}

function beginWrite(store: Store, author: string | null): WriteTransaction {
  const site = readSiteId(store);
  if (site === null) throw new PristavError('NOT_INITIALISED');
  const clock = prepared(store, 'SELECT wall, counter FROM hlc_state WHERE id = 1').get() as Hlc;
  const own = prepared(store, 'SELECT counter FROM version_vector WHERE site = ?').get(site) as
    | { counter: number }
    | undefined;
  return { store, site, author, counter: own?.counter ?? 0, hlc: clock };
}

function finishWrite(w: WriteTransaction): void {
  prepared(w.store, 'UPDATE hlc_state SET wall = ?, counter = ? WHERE id = 1').run(
    w.hlc.wall,
    w.hlc.counter,
  );
  prepared(
    w.store,
    `INSERT INTO version_vector (site, counter) VALUES (?, ?)
     ON CONFLICT (site) DO UPDATE SET counter = excluded.counter`,
  ).run(w.site, w.counter);
}

/** Takes the next operation key and clock stamp for this transaction. */
export function nextStamp(w: WriteTransaction): { counter: number; hlc: string } {
  w.counter += 1;
  w.hlc = tickHlc(w.hlc, w.store.now());
  return { counter: w.counter, hlc: formatHlc(w.hlc) };
}
