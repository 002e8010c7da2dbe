import { partnerKindLabel } from '../../contract/partners.ts';
import { ageGroups, type PeriodReport } from '../../contract/reports.ts';
import { residenceStatusLabels, type ResidenceStatus } from '../../contract/residence.ts';
import type { Language } from '../../contract/language.ts';
import type { ExportText } from './report-export-text.ts';
import type { Cell, ReportColumn } from './report-tables.ts';

/**
 * The funder's figures of issue 13 as export tables (CSV, XLSX, PDF alike): new and returning
 * clients, events and the clients shown apart; clients by sex, age group and residence status;
 * referrals by the partner's kind. Age groups in age order (a scale), the rest as the report
 * lists them.
 */
export interface FunderTable {
  id: 'funder' | 'sexes' | 'ageGroups' | 'residence' | 'referrals';
  columns: ReportColumn[];
  rows: Cell[][];
}

const text = (header: string): ReportColumn => ({ header, isNumeric: false });
const number = (header: string): ReportColumn => ({ header, isNumeric: true });

export function buildFunderTables(
  report: PeriodReport,
  t: ExportText,
  lang: Language,
): FunderTable[] {
  const orNot = (label: string | undefined) => label ?? t.notRecorded;
  const ageOrder = (group: string | null) =>
    group === null ? ageGroups.length : ageGroups.indexOf(group as never);
  return [
    {
      id: 'funder',
      columns: [text(t.indicator), number(t.value)],
      rows: [
        [t.newClients, report.newClients],
        [t.returningClients, report.clients - report.newClients],
        [t.events, report.events.events],
        [t.eventParticipants, report.events.participants],
        [t.eventClients, report.events.clients],
        [t.otherClients, report.otherClients.clients],
        [t.otherActs, report.otherClients.acts],
      ],
    },
    {
      id: 'sexes',
      columns: [text(t.sex), number(t.clients)],
      rows: report.bySex.map((row) => [
        orNot(row.sex ? t.sexNames[row.sex] : undefined),
        row.clients,
      ]),
    },
    {
      id: 'ageGroups',
      columns: [text(t.ageGroup), number(t.clients)],
      rows: [...report.byAgeGroup]
        .sort((a, b) => ageOrder(a.group) - ageOrder(b.group))
        .map((row) => [orNot(row.group?.replace('-', '–')), row.clients]),
    },
    {
      id: 'residence',
      columns: [text(t.residenceStatus), number(t.clients)],
      rows: report.byResidenceStatus.map((row) => [
        orNot(
          row.status === null
            ? undefined
            : (residenceStatusLabels[row.status as ResidenceStatus]?.[lang] ?? row.status),
        ),
        row.clients,
      ]),
    },
    {
      id: 'referrals',
      columns: [text(t.partnerKind), number(t.referrals), number(t.clients)],
      rows: report.referrals.map((row) => [
        partnerKindLabel(row.partnerKind, lang),
        row.referrals,
        row.clients,
      ]),
    },
  ];
}
