/**
 * The process the crash sweeps kill: it opens (creates or upgrades) a database as the app does
 * and prints each step on stdout before taking it. Writes to a pipe are synchronous on Linux,
 * so the parent knows the last step that began before the kill.
 *
 * Usage: node crash-child.ts FILE [--site]   (--site: also set the site up, as `init` does)
 */
import { openStore } from '../../../db/open-app.ts';
import { createSite } from '../../../db/site/site-queries.ts';

const [file, flag] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

say('open');
const store = await openStore({
  file: file!,
  mode: 'open-or-create',
  onMigrationStep: (step) =>
    say(step.phase === 'migration' ? `migration ${step.name}` : step.phase),
});
if (flag === '--site') {
  say('site');
  createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
}
store.sqlite.close();
say('done');
