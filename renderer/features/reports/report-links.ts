import {
  courseKinds,
  todayIso,
  type CourseKind,
  type DrilldownFilter,
  type DrilldownShow,
} from '../../../db/contract/index.ts';
import { isPeriodChoice, presetPeriod, type PeriodChoice } from './report-period.ts';

/**
 * The report's period lives in the URL (`/reports?period=…&from=…&to=…&town=…`), so a
 * drill-down, a client's page and the way back all keep it.
 */
export interface ReportQuery {
  choice: PeriodChoice;
  from: string;
  to: string;
  town: string | null;
}

export const defaultPreset = 'thisYear';

export function readReportQuery(params: URLSearchParams, today = todayIso()): ReportQuery {
  const from = params.get('from');
  const to = params.get('to');
  const town = params.get('town') || null;
  const period = params.get('period');
  if (from === null || to === null) {
    const dates = presetPeriod(defaultPreset, today, { firstDate: null, lastDate: null })!;
    return { choice: defaultPreset, ...dates, town };
  }
  return { choice: isPeriodChoice(period) ? period : 'custom', from, to, town };
}

export function reportSearch(query: ReportQuery): URLSearchParams {
  const params = new URLSearchParams({ period: query.choice, from: query.from, to: query.to });
  if (query.town) params.set('town', query.town);
  return params;
}

/** The input of reports.period (and of what reads beside it) for a query. */
export function reportInput(query: ReportQuery): { from: string; to: string; town?: string } {
  return query.town
    ? { from: query.from, to: query.to, town: query.town }
    : { from: query.from, to: query.to };
}

export function reportPath(query: ReportQuery): string {
  return `/reports?${reportSearch(query).toString()}`;
}

// Filter → URL parameter; `actTown` so it is not mistaken for the report's own town.
const filterParams = {
  type: 'type',
  country: 'country',
  town: 'actTown',
  courseKind: 'kind',
} as const;

/** The page listing the clients or acts behind one number of the report. */
export function drilldownPath(
  query: ReportQuery,
  show: DrilldownShow,
  filter: DrilldownFilter = {},
): string {
  const params = reportSearch(query);
  params.set('show', show);
  for (const [field, name] of Object.entries(filterParams)) {
    const value = filter[field as keyof typeof filterParams];
    if (value) params.set(name, value);
  }
  if (filter.isCourseAttendance) params.set('attendance', '1');
  return `/reports/detail?${params.toString()}`;
}

export interface DrilldownQuery {
  report: ReportQuery;
  show: DrilldownShow;
  filter: DrilldownFilter;
  page: number;
}

/** The drill-down a URL asks for; null when it is not one (a hand-edited or cut address). */
export function readDrilldownQuery(params: URLSearchParams): DrilldownQuery | null {
  const show = params.get('show');
  if ((show !== 'clients' && show !== 'acts') || !params.get('from') || !params.get('to')) {
    return null;
  }
  const filter: DrilldownFilter = {};
  const type = params.get(filterParams.type);
  const country = params.get(filterParams.country);
  const town = params.get(filterParams.town);
  const kind = params.get(filterParams.courseKind);
  if (type) filter.type = type;
  if (country) filter.country = country;
  if (town) filter.town = town;
  if (kind) {
    if (!(courseKinds as readonly string[]).includes(kind)) return null;
    filter.courseKind = kind as CourseKind;
  }
  if (params.get('attendance') === '1') filter.isCourseAttendance = true;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  return { report: readReportQuery(params), show, filter, page };
}
