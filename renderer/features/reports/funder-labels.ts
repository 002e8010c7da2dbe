import type { TFunction } from 'i18next';
import {
  notRecorded,
  residenceStatusLabels,
  sexes,
  type Language,
  type ResidenceStatus,
  type Sex,
} from '../../../db/contract/index.ts';

/**
 * The words of the funder's figures on screen: sex, age group and residence status, a value
 * not recorded as "neuvedeno". Drill-down filters and the report's keys both come here (a
 * filter writes the unrecorded as `unknown`).
 */
export function sexLabel(sex: string | null, t: TFunction): string {
  return sex !== null && (sexes as readonly string[]).includes(sex)
    ? t(`reports.funder.sexes.${sex as Sex}`)
    : t('reports.funder.notRecorded');
}

/** "18–25" with an en dash; "neuvedeno" without a birth date. */
export function ageGroupLabel(group: string | null, t: TFunction): string {
  return group === null || group === notRecorded
    ? t('reports.funder.notRecorded')
    : group.replace('-', '–');
}

export function residenceLabel(status: string | null, language: Language, t: TFunction): string {
  if (status === null || status === notRecorded) return t('reports.funder.notRecorded');
  return residenceStatusLabels[status as ResidenceStatus]?.[language] ?? status;
}
