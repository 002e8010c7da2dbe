import { configureDatabase, openCheckedDatabase } from '../../../../db/connection/open-database.ts';

/*
 * A child of temp-files.test.ts: opens FILE as the app opens it (with KEY, or plain without),
 * fills it past SQLite's temporary cache, then runs what spills to temporary files — a VACUUM
 * (after every erasure) and a large sort — while the parent watches this process's open files.
 *
 *   node temp-files-child.ts FILE [KEY]
 */
const [file, key] = process.argv.slice(2);
const sqlite = openCheckedDatabase({ file: file!, mode: 'create', ...(key ? { key } : {}) });
configureDatabase(sqlite);
sqlite.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
const insert = sqlite.prepare('INSERT INTO person (name) VALUES (?)');
// ~40 MB: more than the 16 MB a temporary database or a sort keeps in its cache.
sqlite.transaction(() => {
  for (let n = 0; n < 300_000; n++) insert.run(`Nguyễn Thị Hoa ${n} ${'x'.repeat(100)}`);
})();
console.log('filled');
sqlite.exec('VACUUM');
sqlite.prepare('SELECT name FROM person ORDER BY substr(name, 16) DESC').all();
sqlite.close();
console.log('done');
