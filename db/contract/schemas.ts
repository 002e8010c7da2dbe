import { z } from 'zod';
import { boundedInt, cleanText, recordId, requiredName } from './input-rules.ts';
import { openingHours } from './opening-hours.ts';
import { password } from './users.ts';

/** Input schemas, shared by the API, the CLI and the forms (react-hook-form's zod resolver). */

export const emptyInput = z.strictObject({}).optional();

export const siteCreateInput = z.strictObject({
  name: requiredName(100),
  town: requiredName(100),
  isHq: z.boolean({ error: 'required' }),
  adminName: requiredName(100),
  /** The first administrator's password: once set, everyone signs in (db/security). */
  adminPassword: password.optional(),
});
export type SiteCreateInput = z.infer<typeof siteCreateInput>;

/** Renames a site or its town: this site unless another is named (HQ renames branches too). */
export const siteUpdateInput = z.strictObject({
  siteId: recordId.optional(),
  name: requiredName(100).optional(),
  town: requiredName(100).optional(),
});

export const settingsShape = {
  organisationName: cleanText(200),
  // Shown under the report's title, where a long funding line wraps onto several lines.
  fundingLine: cleanText(500, { isMultiLine: true }),
  defaultLanguage: z.enum(['cs', 'en'], { error: 'invalidChoice' }),
  retentionYears: boundedInt(1, 100),
  /** Days a book is lent for, and a renewal adds. */
  loanDays: boundedInt(1, 90, 'invalidRenewDays'),
  openingHours,
};

export const settingsSetInput = z.strictObject(settingsShape).partial();
export type SettingsSetInput = z.infer<typeof settingsSetInput>;
