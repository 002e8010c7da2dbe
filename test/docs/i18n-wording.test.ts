import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13.5 over every text the app shows: the i18n files of the screens (cs and en) and the
 * messages the API sends (errors, validation, import problems). No leftover "coming soon", and
 * no Czech sentence that has to guess a named person's grammatical gender.
 */
const root = join(import.meta.dirname, '..', '..');
const i18nFolder = join(root, 'renderer', 'i18n');
const files = [
  ...readdirSync(i18nFolder)
    .filter((name) => /^(cs|en)(-.+)?\.ts$/.test(name))
    .map((name) => join(i18nFolder, name)),
  join(root, 'db', 'contract', 'errors.ts'),
  join(root, 'db', 'contract', 'validation-messages.ts'),
  join(root, 'db', 'import', 'import-messages.ts'),
];

/** Every string literal of a file, with its line, comments left out. */
function strings(file: string): { line: number; text: string }[] {
  const source = readFileSync(file, 'utf8');
  const found: { line: number; text: string }[] = [];
  for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`([^`]*)`|"((?:[^"\\\n]|\\.)*)"/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    const lineText = source.split('\n')[line - 1] ?? '';
    if (/^\s*(\/\/|\*|\/\*)/.test(lineText)) continue;
    found.push({ line, text: match[1] ?? match[2] ?? match[3] ?? '' });
  }
  return found;
}

const offending = (patterns: RegExp[]) =>
  files.flatMap((file) =>
    strings(file)
      .filter(({ text }) => patterns.some((pattern) => pattern.test(text)))
      .map(({ line, text }) => `${file.slice(root.length + 1)}:${line}: ${text}`),
  );

describe('the wording of every message', () => {
  it('has the i18n files and messages to look at', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(strings(join(i18nFolder, 'cs.ts')).length).toBeGreaterThan(100);
  });

  it('promises nothing that is not there ("připravujeme", "coming soon")', () => {
    expect(
      offending([/připravuj/i, /se připravuje/i, /coming soon/i, /on its way/i, /\bTODO\b/]),
    ).toEqual([]);
  });

  it('never guesses the gender of a named person', () => {
    expect(
      offending([
        // "Klient {{name}} je zaregistrován", "Klient {client} odvolal …"
        /[Kk]lient(ka)?\s+\{\{?\w+\}?\}?\s/,
        // "{{name}} je zapsán/zapsána do kurzu" (a person's name; an event's topic has a gender)
        /\{\{?(name|client|clientName)\}?\}?\s+(je|byl|byla)\s+(zapsán|zaregistrován|přihlášen|odhlášen)a?\b/,
        // past forms with a particular client as the subject ("žádný klient nebyl" is no one)
        /(?<!Žádný )\b[Kk]lient(ka)?\s+(zatím\s+)?(ne)?(odvolal|udělil|podepsal|měl|byl)a?\b/,
        /\b(odvolal|udělil|nepodepsal|podepsal)a?\b/,
      ]),
    ).toEqual([]);
  });
});
