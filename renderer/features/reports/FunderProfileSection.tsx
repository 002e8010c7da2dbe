import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  ageGroups,
  notRecorded,
  type DrilldownFilter,
  type PeriodReport,
} from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { figureColumn } from './figure-column.tsx';
import { ageGroupLabel, residenceLabel, sexLabel } from './funder-labels.ts';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

interface ProfileRow {
  key: string;
  name: string;
  clients: number;
  filter: DrilldownFilter;
}

/**
 * The third-country clients of the period by whom the funder asks about: new or returning,
 * sex, age group (on the period's first day) and residence status. Each number opens the
 * clients behind it; each table adds up to the period's clients.
 */
export function FunderProfileSection({
  report,
  query,
}: {
  report: PeriodReport;
  query: ReportQuery;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const orUnknown = (value: string | null) => value ?? notRecorded;
  const ageOrder = (group: string | null) =>
    group === null ? ageGroups.length : ageGroups.indexOf(group as never);
  const tables: { title: string; label: string; rows: ProfileRow[] }[] = [
    {
      title: t('reports.funder.newAndReturning'),
      label: t('reports.funder.newAndReturningTable'),
      rows: [
        {
          key: 'new',
          name: t('reports.funder.newClients'),
          clients: report.newClients,
          filter: { isNew: true },
        },
        {
          key: 'returning',
          name: t('reports.funder.returningClients'),
          clients: report.clients - report.newClients,
          filter: { isNew: false },
        },
      ],
    },
    {
      title: t('reports.funder.sex'),
      label: t('reports.funder.sexTable'),
      rows: report.bySex.map((row) => ({
        key: orUnknown(row.sex),
        name: sexLabel(row.sex, t),
        clients: row.clients,
        filter: { sex: (row.sex ?? notRecorded) as DrilldownFilter['sex'] },
      })),
    },
    {
      title: t('reports.funder.age'),
      label: t('reports.funder.ageTable'),
      rows: [...report.byAgeGroup]
        .sort((a, b) => ageOrder(a.group) - ageOrder(b.group))
        .map((row) => ({
          key: orUnknown(row.group),
          name: ageGroupLabel(row.group, t),
          clients: row.clients,
          filter: { ageGroup: (row.group ?? notRecorded) as DrilldownFilter['ageGroup'] },
        })),
    },
    {
      title: t('reports.funder.residence'),
      label: t('reports.funder.residenceTable'),
      rows: report.byResidenceStatus.map((row) => ({
        key: orUnknown(row.status),
        name: residenceLabel(row.status, language, t),
        clients: row.clients,
        filter: { residenceStatus: orUnknown(row.status) },
      })),
    },
  ];
  return (
    <ReportSection title={t('reports.funder.profile')} note={t('reports.funder.profileNote')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {tables.map((table) => (
          <ProfileTable key={table.label} {...table} report={report} query={query} t={t} />
        ))}
      </SimpleGrid>
    </ReportSection>
  );
}

function ProfileTable(props: {
  title: string;
  label: string;
  rows: ProfileRow[];
  report: PeriodReport;
  query: ReportQuery;
  t: TFunction;
}) {
  const { title, label, rows, report, query, t } = props;
  const total = t('reports.totalLabel');
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <ReportTable
        label={label}
        rows={rows}
        rowKey={(row) => row.key}
        totalLabel={total}
        columns={[
          { header: t('reports.funder.group'), cell: (row) => row.name },
          figureColumn<ProfileRow>({
            measure: t('reports.columns.clients'),
            value: (row) => row.clients,
            to: (row) => drilldownPath(query, 'clients', row.filter),
            label: (row) => `${title}: ${row.name}`,
            total: { value: report.clients, to: drilldownPath(query, 'clients'), label: total },
          }),
        ]}
      />
    </Stack>
  );
}
