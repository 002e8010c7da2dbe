import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The consent texts are data, one JSON file per language, so that a centre can add a language
 * (or a lawyer can amend the wording) without touching code. The folder sits next to this
 * module; a bundled build must copy it next to the bundle under the same name.
 */
export const consentTextsFolder = join(import.meta.dirname, 'consent-texts');

/** The only placeholders a text may use; anything else is a typo that would print verbatim. */
export const consentPlaceholders = ['organisation', 'site'] as const;

const text = z
  .string()
  .trim()
  .min(1)
  .refine(
    (value) =>
      [...value.matchAll(/\{([^}]*)\}/g)].every((match) =>
        (consentPlaceholders as readonly string[]).includes(match[1]!),
      ),
    {
      error: `unknown placeholder; allowed: ${consentPlaceholders.map((p) => `{${p}}`).join(', ')}`,
    },
  );

const consentTextSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}$/),
  /** The language's own name, for the language picker. */
  languageName: text,
  /** BCP 47 locale used to print the birth date the way readers of this language expect. */
  locale: z.string().refine((value) => Intl.DateTimeFormat.supportedLocalesOf(value).length > 0, {
    error: 'unsupported locale',
  }),
  /** Stored with the client's consent, so it must change whenever the wording does. */
  version: z.string().regex(/^\d{4}-\d{2}$/),
  title: text,
  /** Which wording binds: the Czech one. */
  authoritativeNote: text,
  /** A paragraph may open with a bold run-in heading: "**Heading.** Text". */
  paragraphs: z.array(text).min(1),
  /** What the signature confirms; printed just above the client's details. */
  declaration: text,
  /** Separate consents the client ticks or leaves unticked (GDPR wants them granular). */
  optionalConsents: z.array(text).default([]),
  labels: z.strictObject({
    version: text,
    page: text,
    clientSection: text,
    client: text,
    birthDate: text,
    nationality: text,
    place: text,
    date: text,
    signature: text,
    organisation: text,
    guardianNote: text,
  }),
});

export type ConsentText = z.infer<typeof consentTextSchema>;

/** Languages that have a text file in the folder, Czech (the binding one) first. */
export function listConsentLanguages(folder = consentTextsFolder): string[] {
  const languages = readdirSync(folder)
    .filter((name) => /^[a-z]{2,3}\.json$/.test(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return [...languages.filter((l) => l === 'cs'), ...languages.filter((l) => l !== 'cs')];
}

/**
 * Reads and checks one language's text. A broken file is a deployment fault, not a user error,
 * so it throws a plain Error naming the file and what is wrong with it.
 */
export function loadConsentText(language: string, folder = consentTextsFolder): ConsentText {
  if (!/^[a-z]{2,3}$/.test(language)) {
    // Never let a language code turn into a path outside the folder.
    throw new Error(`Consent text: invalid language code "${language}".`);
  }
  const file = join(folder, `${language}.json`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    const available = listConsentLanguages(folder).join(', ');
    throw new Error(`Consent text for "${language}" not found (${file}); available: ${available}.`);
  }
  return parseConsentText(raw, file, language);
}

/**
 * The text of one version, as the client signed it: the language's current file when it is
 * that version, else `archive/<language>-<version>.json` (where a centre keeps a wording it
 * replaced), else null.
 */
export function findConsentTextVersion(
  language: string,
  version: string,
  folder = consentTextsFolder,
): ConsentText | null {
  const current = loadConsentText(language, folder);
  if (current.version === version) return current;
  if (!/^\d{4}-\d{2}$/.test(version)) return null;
  const file = join(folder, 'archive', `${language}-${version}.json`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const text = parseConsentText(raw, file, language);
  if (text.version !== version) {
    throw new Error(
      `Consent text ${file} declares version "${text.version}", expected "${version}".`,
    );
  }
  return text;
}

function parseConsentText(raw: string, file: string, language: string): ConsentText {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`Consent text ${file} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = consentTextSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Consent text ${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  }
  if (parsed.data.language !== language) {
    throw new Error(
      `Consent text ${file} declares language "${parsed.data.language}", expected "${language}".`,
    );
  }
  return normalise(parsed.data);
}

/**
 * NFC everywhere: an editor may save Vietnamese in decomposed form, which would print with
 * detached accents and would not match the same word typed elsewhere.
 */
function normalise<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalise) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normalise(item)]),
    ) as T;
  }
  return value;
}
