import type { TFunction } from 'i18next';
import type { DrilldownFilter, DrilldownShow, Language } from '../../../db/contract/index.ts';
import { countryLabel } from '../clients/client-format.ts';
import { kindLabel } from '../courses/course-format.ts';

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
  if (parts.length === 0) {
    return show === 'clients' ? t('reports.drill.everything') : t('reports.drill.everyAct');
  }
  return parts.join(', ');
}
