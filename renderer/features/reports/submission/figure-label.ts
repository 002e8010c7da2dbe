import type { TFunction } from 'i18next';
import {
  type CourseKind,
  courseKinds,
  type Language,
  partnerKindLabel,
  type ReportFigureDifference,
} from '../../../../db/contract/index.ts';
import { countryLabel } from '../../clients/client-format.ts';
import { kindLabel } from '../../courses/course-format.ts';
import { ageGroupLabel, residenceLabel, sexLabel } from '../funder-labels.ts';

function isCourseKind(key: string): key is CourseKind {
  return (courseKinds as readonly string[]).includes(key);
}

/** "Vietnam — klienti", "Turnov — úkony", "Celkem — klienti": which number of the report moved. */
export function figureLabel(
  figure: ReportFigureDifference,
  t: TFunction,
  language: Language,
  serviceLabel: (code: string) => string,
): string {
  const measure = t(`reportSubmission.measures.${figure.measure}`, {
    defaultValue: figure.measure,
  });
  const key = figure.key ?? '';
  const row = {
    totals: t('reportSubmission.tables.totals'),
    byNationality: countryLabel(key, language),
    byServiceType: serviceLabel(key),
    courses: isCourseKind(key) ? kindLabel(key, language) : key,
    byTown: key,
    anonymous: `${t('reportSubmission.tables.anonymous')}: ${serviceLabel(key)}`,
    bySex: `${t('reportSubmission.tables.sex')}: ${sexLabel(figure.key, t)}`,
    byAgeGroup: `${t('reportSubmission.tables.age')}: ${ageGroupLabel(figure.key, t)}`,
    byResidenceStatus: `${t('reportSubmission.tables.residence')}: ${residenceLabel(figure.key, language, t)}`,
    referrals: `${t('reportSubmission.tables.referrals')}: ${partnerKindLabel(key, language)}`,
    events: t('reportSubmission.tables.events'),
    otherClients: t('reportSubmission.tables.otherClients'),
  }[figure.table];
  return `${row} — ${measure}`;
}

/** "+3", "−2" (a real minus sign), with two decimals only where the figure has them. */
export function formatDifference(submitted: number, current: number, language: Language): string {
  const delta = Math.round((current - submitted) * 100) / 100;
  const text = new Intl.NumberFormat(language === 'cs' ? 'cs-CZ' : 'en-GB').format(Math.abs(delta));
  return `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${text}`;
}
