import { notRecorded } from '../contract/report-drilldown.ts';
import type { PeriodReport } from '../contract/reports.ts';
import {
  changedActsShown,
  type ReportComparison,
  type ReportFigureDifference,
  type ReportFigureTable,
} from '../contract/report-submissions.ts';
import type { Store } from '../store.ts';
import { countChangedActs, listChangedActs } from './changed-acts.ts';
import { toPeriodParams, withPeriodActs } from '../summaries/period-acts.ts';
import { buildPeriodReport } from './period-report.ts';
import { withFreshSummaries } from '../summaries/refresh-summaries.ts';
import { findSubmission, toSubmission } from './report-submissions.ts';

type Figures = Map<
  string,
  { table: ReportFigureTable; key: string | null; measure: string; value: number }
>;

/** Every number of a report under one key (table, row, measure), so two reports can be compared. */
function flattenReport(
  report: PeriodReport,
  withFunderFigures = hasFunderFigures(report),
): Figures {
  const figures: Figures = new Map();
  const add = (table: ReportFigureTable, key: string | null, measure: string, value: number) =>
    figures.set(`${table}\u0000${key ?? ''}\u0000${measure}`, { table, key, measure, value });
  for (const measure of ['clients', 'countries', 'acts', 'actsPerClient'] as const) {
    add('totals', null, measure, report[measure]);
  }
  const rows = <R>(table: ReportFigureTable, list: R[], key: (row: R) => string) => {
    for (const row of list) {
      for (const [measure, value] of Object.entries(row as object)) {
        if (typeof value === 'number') add(table, key(row), measure, value);
      }
    }
  };
  rows('byNationality', report.byNationality, (row) => row.country);
  rows('byServiceType', report.byServiceType, (row) => row.type);
  rows('courses', report.courses, (row) => row.kind);
  rows('byTown', report.byTown, (row) => row.town);
  rows('anonymous', report.anonymous, (row) => row.type);
  if (!withFunderFigures) return figures;
  add('totals', null, 'newClients', report.newClients);
  rows('bySex', report.bySex, (row) => row.sex ?? notRecorded);
  rows('byAgeGroup', report.byAgeGroup, (row) => row.group ?? notRecorded);
  rows('byResidenceStatus', report.byResidenceStatus, (row) => row.status ?? notRecorded);
  rows('referrals', report.referrals, (row) => row.partnerKind);
  for (const table of ['events', 'otherClients'] as const) {
    for (const [measure, value] of Object.entries(report[table])) add(table, null, measure, value);
  }
  return figures;
}

/** Figures added in issue 13: a report submitted before them has none of them. */
function hasFunderFigures(report: PeriodReport): boolean {
  return (report as Partial<PeriodReport>).bySex !== undefined;
}

/**
 * The numbers that differ, in the report's order; a row missing on one side counts as zero. A
 * report submitted before issue 13's figures existed is compared on the figures it has.
 */
export function compareReports(
  submitted: PeriodReport,
  current: PeriodReport,
): ReportFigureDifference[] {
  const before = flattenReport(submitted);
  const now = flattenReport(current, hasFunderFigures(submitted));
  const differences: ReportFigureDifference[] = [];
  for (const [id, figure] of new Map([...before, ...now])) {
    const submittedValue = before.get(id)?.value ?? 0;
    const currentValue = now.get(id)?.value ?? 0;
    if (submittedValue === currentValue) continue;
    const { table, key, measure } = figure;
    differences.push({ table, key, measure, submitted: submittedValue, current: currentValue });
  }
  return differences;
}

/**
 * The submitted figures of a period beside the current ones, the differences and the acts
 * behind them; null when this period and town were never submitted.
 */
export function compareWithSubmission(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): ReportComparison | null {
  const params = toPeriodParams(input);
  return withFreshSummaries(store, () => {
    const found = findSubmission(store, params);
    if (found === null) return null;
    const current = buildPeriodReport(store, input);
    return withPeriodActs(store, params, () => {
      const total = countChangedActs(store, found.row.id);
      return {
        submission: toSubmission(found.row, total),
        submitted: found.figures,
        current,
        differences: compareReports(found.figures, current),
        changedActs: listChangedActs(store, found.row.id, changedActsShown),
        changedActsTotal: total,
      };
    });
  });
}
