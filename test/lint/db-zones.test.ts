import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * Each zone of db/ (eslint.config.js, README "Architecture") fires on a bad import and lets the
 * good one through. The snippets are linted at virtual paths inside the tree; what they import
 * are real files, since the rule resolves them.
 */
const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'eslint.config.js'),
  // import/no-cycle reads the linted file from disk, and these files are virtual.
  overrideConfig: { rules: { 'import/no-cycle': 'off' } },
});

async function restrictedPathMessages(filePath: string, specifier: string): Promise<string[]> {
  const code = `import * as imported from '${specifier}';\nexport { imported };\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages
    .filter((message) => message.ruleId === 'import/no-restricted-paths')
    .map((message) => message.message);
}

describe('the zones inside db/', () => {
  it.each([
    ['db/connection/virtual.ts', '../clients/client-list.ts', 'below the domains'],
    ['db/changes/virtual.ts', '../clients/client-list.ts', 'below the domains'],
    ['db/changes/virtual.ts', '../api.ts', 'below the domains'],
    ['db/text/virtual.ts', '../reports/period-report.ts', 'below the domains'],
    ['db/migrations/virtual.ts', '../changes/index.ts', 'frozen'],
    ['db/migrations/virtual.ts', '../contract/countries.ts', 'frozen'],
    ['db/clients/virtual.ts', '../api.ts', 'never imports db/api.ts'],
    ['db/security/gdpr/virtual.ts', '../../open-app.ts', 'never imports db/api.ts'],
    ['db/clients/virtual.ts', '../changes/write-row.ts', 'db/changes/index.ts'],
    ['db/virtual.ts', './changes/dump.ts', 'db/changes/index.ts'],
    ['scripts/virtual.ts', '../db/changes/local-meta.ts', 'db/changes/index.ts'],
    ['db/contract/virtual.ts', '../store.ts', 'db/contract is pure'],
  ])('%s may not import %s', async (filePath, specifier, why) => {
    const messages = await restrictedPathMessages(filePath, specifier);
    expect(messages.join('\n')).toContain(why);
  });

  it.each([
    ['db/connection/virtual.ts', '../migrations/index.ts'],
    ['db/connection/virtual.ts', '../text/name-keys.ts'],
    ['db/changes/virtual.ts', '../store.ts'],
    ['db/changes/virtual.ts', './write-row.ts'],
    ['db/migrations/virtual.ts', './index.ts'],
    ['db/clients/virtual.ts', '../changes/index.ts'],
    ['db/clients/virtual.ts', '../summaries/period-groups.ts'],
    ['db/reports/virtual.ts', '../clients/client-list.ts'],
    ['db/api.ts', './clients/client-list.ts'],
    ['db/open-app.ts', './api.ts'],
    ['scripts/virtual.ts', '../db/changes/index.ts'],
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await restrictedPathMessages(filePath, specifier)).toEqual([]);
  });
});
