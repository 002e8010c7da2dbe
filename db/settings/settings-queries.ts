import type { Settings } from '../contract/domain.ts';
import type { SettingsSetInput } from '../contract/schemas.ts';
import { writeRow } from '../changes/write-row.ts';
import { runWrite } from '../changes/write-transaction.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';

/** Values every organisation starts with; a stored setting overrides its default. */
export const defaultSettings: Settings = {
  organisationName: '',
  fundingLine:
    'Projekt je spolufinancován z Evropského fondu pro integraci státních příslušníků třetích zemí.',
  defaultLanguage: 'cs',
  // Five years after the last act: long enough for a funder's audit of past periods.
  retentionYears: 5,
};

const settingKeys = Object.keys(defaultSettings) as (keyof Settings)[];

/** The organisation-wide settings (they sync between offices), defaults filled in. */
export function getSettings(store: Store): Settings {
  const rows = selectAll(
    store,
    store.db.selectFrom('settings').select(['id', 'value']).where('deleted', '=', 0),
  );
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) {
    if ((settingKeys as string[]).includes(row.id)) settings[row.id] = row.value;
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
      if (value !== undefined) writeRow(w, 'settings', key, { value, deleted: false });
    }
  });
  return getSettings(store);
}
