// @ts-check
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { pristavRules } from './scripts/lint/pristav-rules.ts';

/**
 * Layer boundaries of ARCHITECTURE.md: renderer → db/contract only; electron → db; scripts → db;
 * db → nothing above it; db/contract → nothing but itself (it is bundled into the renderer).
 */
const boundaries = [
  {
    target: './renderer',
    from: './db',
    except: ['./contract'],
    message: 'The renderer talks to db/ only through db/contract and the API client.',
  },
  { target: './renderer', from: ['./electron', './scripts'] },
  { target: './db', from: ['./renderer', './electron', './scripts', './test'] },
  {
    target: './db/contract',
    from: './db',
    except: ['./contract'],
    message: 'db/contract is pure: no Node, no database code.',
  },
  { target: './electron', from: ['./renderer', './scripts'] },
  { target: './scripts', from: ['./renderer', './electron'] },
];

/**
 * Zones inside db/ (README "Architecture"): db/contract ← the folders and files below the domains
 * ← the domain folders ← db/api.ts. Listed by what is allowed, so a new domain folder is above
 * these at once. Folder cycles between domains: test/lint/db-folder-cycles.test.ts.
 */
const dbBelowDomains = [
  './contract',
  './schema.ts',
  './schema',
  './ids.ts',
  './errors.ts',
  './store.ts',
  './query.ts',
  './version.ts',
  './exclusive-use.ts',
  './folder-sync-jobs.ts',
  './connection',
  './changes',
  './migrations',
  './text',
  './summaries',
  './legacy-refs',
  './audit',
  './documents',
];
const dbTop = ['./db/api.ts', './db/open-app.ts', './db/start-app.ts'];
const dbZones = [
  {
    target: dbBelowDomains
      .filter((path) => path !== './contract')
      .map((path) => `./db/${path.slice(2)}`),
    from: './db',
    except: dbBelowDomains,
    message:
      'db/connection, db/changes, db/migrations and the other folders below the domains import no domain and not db/api.ts.',
  },
  {
    target: './db/migrations',
    from: './db',
    except: ['./migrations'],
    message: 'A migration is frozen: it imports no app code.',
  },
  {
    target: ['./db/*/**', './db/!(api|open-app|start-app).ts'],
    from: dbTop,
    message:
      'A domain never imports db/api.ts (or the files that open it): the API binds the domains.',
  },
  {
    target: ['./db/!(changes)/**', './db/*.ts', './scripts/**', './electron/**'],
    from: './db/changes',
    except: ['./index.ts'],
    message: 'Import the change log through its one entry, db/changes/index.ts.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      // Never parse packages: cycles and boundaries are about our own files.
      'import/ignore': ['node_modules'],
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...boundaries, ...dbZones] },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The write rule: synced tables are written only through db/changes (the raw baselines of
    // the benchmarks write their own copies on purpose: that is the figure compared with).
    files: ['db/**/*.ts', 'electron/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    ignores: ['scripts/bench/**'],
    plugins: { pristav: pristavRules },
    rules: { 'pristav/synced-writes-through-changes': 'error' },
  },
  {
    // Typed queries: raw SQL only where a benchmark figure says Kysely costs. Migrations are
    // frozen SQL; connection, store and query are the machinery that runs SQL itself.
    files: ['db/**/*.ts'],
    ignores: ['db/migrations/**', 'db/connection/**', 'db/store.ts', 'db/query.ts'],
    plugins: { pristav: pristavRules },
    rules: { 'pristav/raw-sql-names-its-figure': 'error' },
  },
  {
    files: ['db/migrations/**', 'db/connection/migrate.ts'],
    // Migrations are frozen and typed against any schema, as Kysely recommends.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'db/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'better-sqlite3*', 'electron'],
              message: 'The renderer and the contract run without Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts', 'electron/**/*.ts', 'scripts/**/*.{ts,mjs}', 'test/**/*.ts', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
