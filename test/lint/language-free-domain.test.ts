import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLanguageInDomain } from './language-free-domain.ts';

/*
 * Errors without language (issue 14, point 5): domain code throws a code with params and the API
 * words it in the caller's language. db/services, and the files of recordAct, addTally and
 * updateClient, take no language and hold no Czech sentence.
 */
const root = join(import.meta.dirname, '../..');

function tsFilesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

const languageFreeFiles = [
  ...tsFilesUnder('db/services'),
  'db/clients/client-writes.ts',
  'db/sync/folder-sync-job.ts',
  // The refusals of the permission rules, and the two that carry a day.
  'db/security/permission-labels.ts',
  'db/security/confidential-notes.ts',
  'db/security/course-access.ts',
  'db/security/session.ts',
  'db/clients/new-act-guard.ts',
];

describe('domain code without language', () => {
  it.each(languageFreeFiles)('%s takes no language and holds no Czech text', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(findLanguageInDomain(relative(root, join(root, file)), text)).toEqual([]);
  });

  it('covers the three functions that used to take a language', () => {
    const sources = languageFreeFiles.map((file) => readFileSync(join(root, file), 'utf8'));
    for (const name of ['recordAct', 'addTally', 'updateClient']) {
      expect(sources.some((text) => text.includes(`export function ${name}(`))).toBe(true);
    }
  });
});

describe('the check fires', () => {
  it('on a Czech sentence in a string or a template, not in a comment', () => {
    const bad = [
      '// Czech in a comment is fine: služba',
      "const reason = 'služba je archivovaná';",
      '/* also fine: úkon */ const text = `úkony kurzů ${1}`;',
    ].join('\n');
    expect(findLanguageInDomain('bad.ts', bad)).toEqual([
      "bad.ts:2: Czech text 'služba je archivovaná'",
      'bad.ts:3: Czech text `úkony kurzů ${',
    ]);
  });

  it('on the Language type and on a lang parameter', () => {
    const bad = [
      "import type { Language } from '../contract/language.ts';",
      'export function recordAct(store: Store, input: ActInput, lang: string) {}',
      'const pick = (language: unknown) => language;',
    ].join('\n');
    expect(findLanguageInDomain('bad.ts', bad)).toEqual([
      'bad.ts:1: uses the Language type',
      'bad.ts:2: takes a language parameter lang',
      'bad.ts:3: takes a language parameter language',
    ]);
  });

  it('lets codes, comments and the app name through', () => {
    const good = [
      '// Czech only in comments: účast na akci',
      "throw new PristavError('INVALID_SERVICE_TYPE', { type, reason: 'archived' });",
      "console.error('Přístav: sync failed');",
    ].join('\n');
    expect(findLanguageInDomain('good.ts', good)).toEqual([]);
  });
});
