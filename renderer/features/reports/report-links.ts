import {
  drilldownFilter,
  todayIso,
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
  sex: 'sex',
  ageGroup: 'age',
  residenceStatus: 'status',
  partnerKind: 'partner',
} as const;
// Yes/no filters: `1` or `0` in the URL.
const flagParams = {
  isCourseAttendance: 'attendance',
  isNew: 'new',
  isReferral: 'referral',
  isOtherClient: 'other',
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
  for (const [field, name] of Object.entries(flagParams)) {
    const value = filter[field as keyof typeof flagParams];
    if (value !== undefined) params.set(name, value ? '1' : '0');
  }
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
  const raw: Record<string, string | boolean> = {};
  for (const [field, name] of Object.entries(filterParams)) {
    const value = params.get(name);
    if (value) raw[field] = value;
  }
  for (const [field, name] of Object.entries(flagParams)) {
    const value = params.get(name);
    if (value === '1' || value === '0') raw[field] = value === '1';
  }
  // The contract's own schema: a hand-edited value (a course kind that is none) is no link.
  const filter = drilldownFilter.safeParse(raw);
  if (!filter.success) return null;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  return { report: readReportQuery(params), show, filter: filter.data, page };
}
