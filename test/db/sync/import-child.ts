/**
 * The process the import kill sweep kills: it opens a database as the app does and imports one
 * sync file, printing each step on stdout before taking it, and a line for each chunk of the
 * file it reads (three passes: the signature check, the check of every operation, and the one
 * that writes, inside the import's transaction). Writes to a pipe are synchronous on Linux, so
 * the parent knows the last step that began before the kill.
 *
 * Usage: node import-child.ts DATABASE SYNC_FILE
 */
import { openStore } from '../../../db/open-app.ts';
import { importSyncFile } from '../../../db/sync/import-file.ts';
import { requireMembership } from '../../../db/sync/organisation.ts';

const [file, syncFile] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

say('open');
const store = await openStore({ file: file!, mode: 'open' });
say('import');
const started = performance.now();
let chunks = 0;
const result = await importSyncFile(store, requireMembership(store), syncFile!, {
  isDryRun: false,
  allowMassDelete: false,
  onProgress: () => say(`read ${(chunks += 1)}`),
});
say(`imported ${result.new} ${Math.round(performance.now() - started)} ms`);
store.sqlite.close();
say('done');
