import { z } from 'zod';

/** Input schemas, shared by the API, the CLI and the forms (react-hook-form's zod resolver). */

const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

export const emptyInput = z.strictObject({}).optional();

export const siteCreateInput = z.strictObject({
  name: requiredText(100),
  town: requiredText(100),
  isHq: z.boolean({ error: 'required' }),
  adminName: requiredText(100),
});
export type SiteCreateInput = z.infer<typeof siteCreateInput>;

export const settingsShape = {
  organisationName: z.string({ error: 'invalidType' }).trim().max(200, { error: 'tooLong' }),
  fundingLine: z.string({ error: 'invalidType' }).trim().max(500, { error: 'tooLong' }),
  defaultLanguage: z.enum(['cs', 'en'], { error: 'invalidChoice' }),
};

export const settingsSetInput = z.strictObject(settingsShape).partial();
export type SettingsSetInput = z.infer<typeof settingsSetInput>;
