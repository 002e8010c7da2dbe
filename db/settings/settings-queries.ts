import type { Settings } from '../contract/domain.ts';
import { defaultLoanDays } from '../contract/library.ts';
import { defaultOpeningHours, openingHours } from '../contract/opening-hours.ts';
import type { SettingsSetInput } from '../contract/schemas.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';

/**
 * Values every organisation starts with; a stored setting overrides its default. A new centre
 * has no funding line of its own yet: the 2010 demo stores the one of its press release.
 */
export const defaultSettings: Settings = {
  organisationName: '',
  fundingLine: '',
  defaultLanguage: 'cs',
  // Five years after the last act: long enough for a funder's audit of past periods.
  retentionYears: 5,
  loanDays: defaultLoanDays,
  openingHours: defaultOpeningHours,
};

/** The 2010 centre's line, which the demo data sets (db/demo). */
export const demoFundingLine =
  'Projekt je spolufinancován z Evropského fondu pro integraci státních příslušníků třetích zemí.';

const settingKeys = Object.keys(defaultSettings) as (keyof Settings)[];

// A setting's row holds text or a number; the opening hours travel as JSON text.
const jsonKeys: ReadonlySet<string> = new Set(['openingHours']);

function readValue(key: string, value: string | number | null): unknown {
  if (!jsonKeys.has(key)) return value;
  try {
    const parsed = openingHours.safeParse(JSON.parse(String(value)));
    return parsed.success ? parsed.data : defaultSettings.openingHours;
  } catch {
    return defaultSettings.openingHours;
  }
}

/** The organisation-wide settings (they sync between offices), defaults filled in. */
export function getSettings(store: Store): Settings {
  const rows = selectAll(
    store,
    store.db.selectFrom('settings').select(['id', 'value']).where('deleted', '=', 0),
  );
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) {
    if ((settingKeys as string[]).includes(row.id)) settings[row.id] = readValue(row.id, row.value);
  }
  return settings as unknown as Settings;
}

/** Saves the given settings, one synced row per key; unchanged values write no operation. */
export function setSettings(
  store: Store,
  author: string | null,
  input: SettingsSetInput,
): Settings {
  runWrite(store, author, (w) => {
    for (const key of settingKeys) {
      const value = input[key];
      if (value === undefined) continue;
      const stored = jsonKeys.has(key) ? JSON.stringify(value) : (value as string | number);
      writeRow(w, 'settings', key, { value: stored, deleted: false });
    }
  });
  return getSettings(store);
}
