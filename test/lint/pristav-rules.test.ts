import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { pristavRules } from '../../scripts/lint/pristav-rules.ts';

/*
 * Přístav's own lint rules (scripts/lint/pristav-rules.ts) fire on bad code and let good code
 * through, linted at virtual paths with the project's real config; and the write rule holds over
 * the whole tree, checked with that one rule alone.
 */
const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'eslint.config.js'),
  // import/no-cycle reads the linted file from disk, and these files are virtual.
  overrideConfig: { rules: { 'import/no-cycle': 'off' } },
});

async function messages(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const writeRule = 'pristav/synced-writes-through-changes';
const rawSqlRule = 'pristav/raw-sql-names-its-figure';

describe('the write rule: synced tables are written only through db/changes', () => {
  it.each([
    [
      'db/clients/virtual.ts',
      "db.prepare('UPDATE clients SET note = ? WHERE id = ?');",
      'clients — UPDATE clients',
    ],
    [
      'db/library/virtual.ts',
      'const s = `INSERT OR REPLACE INTO loans (id) VALUES (?)`;',
      'loans — INSERT OR REPLACE INTO loans',
    ],
    [
      'db/courses/virtual.ts',
      "store.db.deleteFrom('attendance').where('id', '=', id);",
      'attendance — .deleteFrom()',
    ],
    [
      'scripts/virtual.ts',
      "db.exec('DELETE FROM service_acts');",
      'service_acts — DELETE FROM service_acts',
    ],
    [
      'electron/virtual.ts',
      'const s = "REPLACE INTO books VALUES (1)";',
      'books — REPLACE INTO books',
    ],
  ])('fires in %s on %s', async (filePath, code, expected) => {
    const found = await messages(filePath, code, writeRule);
    expect(found.join('\n')).toContain(expected);
    expect(found.join('\n')).toContain('only through db/changes');
  });

  it.each([
    // Local tables never travel: the audit log, the summaries.
    ['db/audit/virtual.ts', "db.prepare('INSERT INTO audit_log (action) VALUES (?)');"],
    ['db/summaries/virtual.ts', "store.db.insertInto('report_dirty').values({ year: 1 });"],
    // Reading a synced table is free; the change log itself and the migrations write them.
    ['db/clients/virtual.ts', "db.prepare('SELECT id FROM clients WHERE deleted = 0');"],
    ['db/changes/virtual.ts', "db.prepare('UPDATE clients SET note = ? WHERE id = ?');"],
    ['db/migrations/virtual.ts', "db.prepare('UPDATE clients SET note = ? WHERE id = ?');"],
    // Prose is not a statement.
    ['db/clients/virtual.ts', "const help = 'update clients before the report';"],
  ])('lets %s write %s', async (filePath, code) => {
    expect(await messages(filePath, code, writeRule)).toEqual([]);
  });

  it('holds over db/, scripts/ and electron/', async () => {
    const alone = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts', '**/*.mjs'],
          languageOptions: { parser: tseslint.parser },
          linterOptions: { reportUnusedDisableDirectives: 'off' },
          plugins: { pristav: pristavRules },
          rules: { [writeRule]: 'error' },
        },
      ],
      ignorePatterns: ['scripts/bench/**'],
    });
    const results = await alone.lintFiles(['db', 'scripts', 'electron']);
    expect(results.length).toBeGreaterThan(300);
    const offenders = results.flatMap((result) =>
      result.messages.map(
        (m) => `${result.filePath.slice(root.length + 1)}:${m.line} ${m.message}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('typed queries: raw SQL names the figure that keeps it', () => {
  it.each([
    ['db/clients/virtual.ts', "export const f = (store) => prepared(store, 'SELECT 1').get();"],
    ['db/reports/virtual.ts', "export const f = (db) => db.prepare('SELECT 1').get();"],
    ['db/sync/virtual.ts', "export const f = (db) => db.exec('DELETE FROM sync_acks');"],
    ['db/site/virtual.ts', 'export const f = (db) => sql`SELECT 1`.execute(db);'],
    // A comment without a figure is not enough.
    [
      'db/clients/virtual.ts',
      "// raw SQL: faster\nexport const f = (store) => prepared(store, 'SELECT 1').get();",
    ],
  ])('fires in %s on %s', async (filePath, code) => {
    expect((await messages(filePath, code, rawSqlRule)).join('\n')).toContain('Kysely');
  });

  it.each([
    // On the statement, on the enclosing function, or once at the top of the file.
    [
      'db/clients/virtual.ts',
      "// raw SQL: per imported row, Kysely adds ~4.6 µs\nexport const f = (store) => prepared(store, 'SELECT 1').get();",
    ],
    [
      'db/clients/virtual.ts',
      "/** raw SQL: per row of 1 000 000 */\nexport function f(store) {\n  const a = 1;\n  return prepared(store, 'SELECT 1').get(a);\n}",
    ],
    [
      'db/sync/virtual.ts',
      "import { x } from './x.ts';\n// raw SQL: every query here runs per operation (13 µs)\nexport const f = (store) => prepared(store, x).get();",
    ],
    // Typed queries, a RegExp's exec(), and the machinery below the domains.
    [
      'db/clients/virtual.ts',
      "export const f = (store) => selectAll(store, store.db.selectFrom('clients').selectAll());",
    ],
    ['db/clients/virtual.ts', 'export const f = (text) => /a/.exec(text);'],
    [
      'db/connection/virtual.ts',
      "export const f = (store) => prepared(store, 'PRAGMA user_version').get();",
    ],
    ['db/migrations/virtual.ts', 'export const f = (db) => sql`SELECT 1`.execute(db);'],
  ])('lets %s through: %s', async (filePath, code) => {
    expect(await messages(filePath, code, rawSqlRule)).toEqual([]);
  });
});
