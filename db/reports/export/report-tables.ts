import { countryName } from '../../contract/countries.ts';
import { courseKindLabels, type CourseKind } from '../../contract/courses.ts';
import type { Language } from '../../contract/language.ts';
import type { MonthlyFigures } from '../../contract/report-exports.ts';
import type { PeriodReport } from '../../contract/reports.ts';
import { builtInServiceLabels, type BuiltInServiceType } from '../../contract/services.ts';
import {
  exportText,
  formatDay,
  formatMonth,
  formatPeriod,
  type ExportText,
} from './report-export-text.ts';
import { buildFunderTables } from './report-funder-tables.ts';

/**
 * The period report as titled tables with labels in the reader's language: what the CSV, XLSX
 * and PDF exports all write, so that the three files say the same thing in the same order.
 * Numbers stay numbers (a spreadsheet must be able to sum them); only labels are translated.
 */

/** Everything an export is made from, read from the database in one go (see report-export.ts). */
export interface ReportExportSource {
  report: PeriodReport;
  months: MonthlyFigures[];
  /** This site's name and town, or null before the first-run setup. */
  site: { name: string; town: string } | null;
  organisationName: string;
  fundingLine: string;
  /** Labels of the service catalogue, custom types included (labels may be renamed). */
  serviceTypeLabels: ReadonlyMap<string, { cs: string; en: string }>;
}

export type TableId = keyof ExportText['tables'];
export type Cell = string | number;

export interface ReportColumn {
  header: string;
  isNumeric: boolean;
}

export interface ReportTable {
  id: TableId;
  /** Short: a worksheet's name (Excel allows 31 characters). */
  name: string;
  /** Longer: a heading in the PDF and the section line of the CSV. */
  heading: string;
  /** What the numbers leave out, said under the heading (anonymous acts). */
  note?: string;
  columns: ReportColumn[];
  rows: Cell[][];
}

export interface ReportTables {
  lang: Language;
  text: ExportText;
  title: string;
  /** "1. 5. 2010 – 31. 12. 2010". */
  period: string;
  /** "všechny obce", or "jen úkony poskytnuté v obci Liberec". */
  scope: string;
  site: string;
  tables: ReportTable[];
}

const text = (header: string): ReportColumn => ({ header, isNumeric: false });
const number = (header: string): ReportColumn => ({ header, isNumeric: true });

/** A service type's label: the catalogue's (it may be renamed or custom), else the built-in one. */
export function serviceTypeLabel(source: ReportExportSource, code: string, lang: Language) {
  const label =
    source.serviceTypeLabels.get(code) ?? builtInServiceLabels[code as BuiltInServiceType];
  return label?.[lang] || code;
}

export function courseKindLabel(kind: string, lang: Language): string {
  return courseKindLabels[kind as CourseKind]?.[lang] ?? kind;
}

export function siteLabel(source: ReportExportSource): string {
  const names = [source.organisationName.trim(), source.site?.name.trim() ?? ''];
  const unique = names.filter((name, i) => name !== '' && names.indexOf(name) === i);
  const town = source.site?.town.trim();
  const label = unique.join(' – ');
  return town && !label.includes(town) ? `${label}, ${town}` : label;
}

export function buildReportTables(source: ReportExportSource, lang: Language): ReportTables {
  const t = exportText[lang];
  const { report } = source;
  const table = (id: TableId, columns: ReportColumn[], rows: Cell[][]): ReportTable => ({
    id,
    name: t.tables[id],
    heading: t.headings[id],
    ...(id in t.notes ? { note: t.notes[id as keyof ExportText['notes']] } : {}),
    columns,
    rows,
  });
  const scope = report.town === null ? t.allTowns : t.townNote.replace('{town}', report.town);
  const site = siteLabel(source);
  const summaryRows: Cell[][] = [
    ...(site ? [[t.site, site]] : []),
    [t.from, formatDay(report.period.from, lang)],
    [t.to, formatDay(report.period.to, lang)],
    [t.town, scope],
    [t.thirdCountryClients, report.clients],
    [t.thirdCountryCountries, report.countries],
    [t.thirdCountryActs, report.acts],
    [t.actsPerClient, report.actsPerClient],
  ];
  return {
    lang,
    text: t,
    title: t.documentTitle,
    period: formatPeriod(report.period.from, report.period.to, lang),
    scope,
    site,
    tables: [
      table('summary', [text(t.indicator), text(t.value)], summaryRows),
      table(
        'nationalities',
        [text(t.country), text(t.countryCode), number(t.clients)],
        report.byNationality.map((row) => [
          countryName(row.country, lang),
          row.country,
          row.clients,
        ]),
      ),
      table(
        'serviceTypes',
        [text(t.type), number(t.clients), number(t.acts)],
        report.byServiceType.map((row) => [
          serviceTypeLabel(source, row.type, lang),
          row.clients,
          row.acts,
        ]),
      ),
      table(
        'courses',
        [text(t.kind), number(t.courses), number(t.participants)],
        report.courses.map((row) => [
          courseKindLabel(row.kind, lang),
          row.courses,
          row.participants,
        ]),
      ),
      table(
        'towns',
        [
          text(t.town),
          number(t.clients),
          number(t.acts),
          number(t.courses),
          number(t.participants),
        ],
        report.byTown.map((row) => [
          row.town || '—',
          row.clients,
          row.acts,
          row.courses,
          row.participants,
        ]),
      ),
      table(
        'anonymous',
        [text(t.type), number(t.acts)],
        report.anonymous.map((row) => [serviceTypeLabel(source, row.type, lang), row.acts]),
      ),
      table(
        'months',
        [text(t.month), number(t.clients), number(t.acts)],
        source.months.map((row) => [formatMonth(row.month, lang), row.clients, row.acts]),
      ),
      ...buildFunderTables(report, t, lang).map((funder) =>
        table(funder.id, funder.columns, funder.rows),
      ),
    ],
  };
}
