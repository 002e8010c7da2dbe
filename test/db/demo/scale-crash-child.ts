/**
 * The process the demo crash sweep kills: `demo --scale` as the CLI runs it (fillScale on the
 * app's store), in small blocks so that a short fill has many commits, with the store's clock
 * fixed so a rerun on another day continues the same data set. Prints one line per commit.
 *
 * Usage: node scale-crash-child.ts FILE CLIENTS YEARS SEED BLOCK NOW_MS
 */
import { fillScale } from '../../../db/demo/scale-demo.ts';
import { openStore } from '../../../db/open-app.ts';

const [file, clients, years, seed, blockSize, now] = process.argv.slice(2);
const store = await openStore({ file: file!, mode: 'open-or-create', now: () => Number(now) });
process.stdout.write('open\n');
const result = fillScale(store, {
  clients: Number(clients),
  years: Number(years),
  seed: Number(seed),
  blockSize: Number(blockSize),
  onProgress: (progress) => process.stdout.write(`commit ${progress.transactions}\n`),
});
store.sqlite.close();
process.stdout.write(`done ${result.resumedAfterUnits}\n`);
