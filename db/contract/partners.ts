import { z } from 'zod';
import type { Translated } from './language.ts';
import { cleanText, optionalName, recordId, requiredName } from './input-rules.ts';

/**
 * Partner organisations of the centre: the regional platform the 2010 press release names
 * (OAMP, labour offices, the trade licensing office, municipal social departments, the regional
 * authority, ČSSZ, VZP, NGOs). An act may record that the client was referred to one of them;
 * the report counts referrals by the partner's kind.
 */
export const partnerKinds = [
  'oamp',
  'labour_office',
  'trade_licensing_office',
  'municipal_social_department',
  'regional_authority',
  'cssz',
  'vzp',
  'ngo',
  'other',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** The kinds as the press release writes them, and in English for the funder's reports. */
export const partnerKindLabels: Record<PartnerKind, Translated> = {
  oamp: {
    cs: 'OAMP (Odbor azylové a migrační politiky MV)',
    en: 'OAMP (asylum and migration department, Ministry of the Interior)',
  },
  labour_office: { cs: 'Úřad práce', en: 'Labour office' },
  trade_licensing_office: { cs: 'Živnostenský úřad', en: 'Trade licensing office' },
  municipal_social_department: {
    cs: 'Sociální odbor obce',
    en: 'Municipal social department',
  },
  regional_authority: { cs: 'Krajský úřad', en: 'Regional authority' },
  cssz: { cs: 'ČSSZ (Česká správa sociálního zabezpečení)', en: 'ČSSZ (social security)' },
  vzp: { cs: 'VZP (Všeobecná zdravotní pojišťovna)', en: 'VZP (health insurance)' },
  ngo: { cs: 'Nestátní nezisková organizace', en: 'Non-governmental organisation' },
  other: { cs: 'Jiná organizace', en: 'Other organisation' },
};

/** A kind's label; a kind this version does not know (from a newer office) reads as itself. */
export function partnerKindLabel(kind: string, language: keyof Translated): string {
  return partnerKindLabels[kind as PartnerKind]?.[language] ?? kind;
}

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  town: string;
  /** A contact person, phone or e-mail, as the centre writes it down. */
  contact: string;
  note: string;
  /** No longer offered for new referrals; earlier referrals keep it. */
  isArchived: boolean;
}

const kind = z.enum(partnerKinds, { error: 'invalidChoice' });

/*
 * Inputs name the organisation `organisationName` and its kind `partnerKind` (the record's
 * `name` and `kind`): a message names the field by its key, and `name`/`kind` are the site's name
 * and a course's kind there (fields.ts).
 */
export const partnerCreateInput = z.strictObject({
  organisationName: requiredName(200),
  partnerKind: kind,
  town: optionalName(100).default(''),
  contact: cleanText(300).default(''),
  note: cleanText(2000, { isMultiLine: true }).default(''),
});

export const partnerUpdateInput = z.strictObject({
  id: recordId,
  changes: z
    .strictObject({
      organisationName: requiredName(200),
      partnerKind: kind,
      town: optionalName(100),
      contact: cleanText(300),
      note: cleanText(2000, { isMultiLine: true }),
      isArchived: z.boolean({ error: 'invalidType' }),
    })
    .partial(),
});

export const partnerListInput = z.strictObject({
  includeArchived: z.boolean({ error: 'invalidType' }).default(false),
});
