import type { TFunction } from 'i18next';
import {
  partnerKindLabel,
  type DrilldownFilter,
  type DrilldownShow,
  type Language,
} from '../../../db/contract/index.ts';
import { countryLabel } from '../clients/client-format.ts';
import { kindLabel } from '../courses/course-format.ts';
import { ageGroupLabel, residenceLabel, sexLabel } from './funder-labels.ts';

/** What a drill-down lists, in words: "státní příslušnost Vietnam, obec Liberec". */
export function describeDrilldown(
  show: DrilldownShow,
  filter: DrilldownFilter,
  t: TFunction,
  language: Language,
  serviceLabel: (code: string) => string,
): string {
  const parts: string[] = [];
  if (filter.country) {
    parts.push(t('reports.drill.filterCountry', { value: countryLabel(filter.country, language) }));
  }
  if (filter.type) parts.push(t('reports.drill.filterType', { value: serviceLabel(filter.type) }));
  if (filter.courseKind) {
    parts.push(t('reports.drill.filterKind', { value: kindLabel(filter.courseKind, language) }));
  } else if (filter.isCourseAttendance) {
    parts.push(t('reports.drill.filterAttendance'));
  }
  if (filter.town) parts.push(t('reports.drill.filterTown', { value: filter.town }));
  if (filter.sex) parts.push(t('reports.drill.filterSex', { value: sexLabel(filter.sex, t) }));
  if (filter.ageGroup) {
    parts.push(t('reports.drill.filterAge', { value: ageGroupLabel(filter.ageGroup, t) }));
  }
  if (filter.residenceStatus) {
    const value = residenceLabel(filter.residenceStatus, language, t);
    parts.push(t('reports.drill.filterStatus', { value }));
  }
  if (filter.isNew !== undefined) {
    parts.push(t(filter.isNew ? 'reports.drill.filterNew' : 'reports.drill.filterReturning'));
  }
  if (filter.partnerKind) {
    const value = partnerKindLabel(filter.partnerKind, language);
    parts.push(t('reports.drill.filterPartnerKind', { value }));
  } else if (filter.isReferral) {
    parts.push(t('reports.drill.filterReferral'));
  }
  if (filter.isOtherClient) parts.push(t('reports.drill.filterOther'));
  if (parts.length === 0) {
    return show === 'clients' ? t('reports.drill.everything') : t('reports.drill.everyAct');
  }
  return parts.join(', ');
}
