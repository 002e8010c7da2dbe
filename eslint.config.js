// @ts-check
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'import/no-restricted-paths': ['error', { zones: boundaries }],
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
