import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { partnerKindLabel, type PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useCan } from '../session/use-permissions.ts';
import { figureColumn } from './figure-column.tsx';
import { FigureLink } from './FigureLink.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

type ReferralRow = PeriodReport['referrals'][number] & { name: string };

/**
 * Referrals to partner organisations by the partner's kind (acts and clients, each opening
 * its list), and the events of the period: how many, everyone who took part, and the
 * registered clients among them.
 */
export function ReferralsEventsSection({
  report,
  query,
}: {
  report: PeriodReport;
  query: ReportQuery;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const total = t('reports.totalLabel');
  const rows: ReferralRow[] = report.referrals.map((row) => ({
    ...row,
    name: partnerKindLabel(row.partnerKind, language),
  }));
  const sum = (measure: 'referrals' | 'clients') =>
    rows.reduce((value, row) => value + row[measure], 0);
  const { events } = report;
  // Registered clients open the list of who came; events and participants are plain counts.
  const eventRows: { key: string; name: string; value: number; to?: string }[] = [
    { key: 'events', name: t('reports.funder.events'), value: events.events },
    {
      key: 'participants',
      name: t('reports.funder.eventParticipants'),
      value: events.participants,
    },
    {
      key: 'clients',
      name: t('reports.funder.eventClients'),
      value: events.clients,
      to: drilldownPath(query, 'clients', { type: 'event' }),
    },
  ];
  return (
    <ReportSection title={t('reports.funder.referralsAndEvents')}>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('reports.funder.referrals')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.funder.referralsNote')}
        </Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('reports.funder.noReferrals')}</Text>
        ) : (
          <ReportTable
            label={t('reports.funder.referralsTable')}
            rows={rows}
            rowKey={(row) => row.partnerKind}
            totalLabel={rows.length > 1 ? total : undefined}
            columns={[
              { header: t('reports.funder.partnerKind'), cell: (row) => row.name },
              figureColumn<ReferralRow>({
                measure: t('reports.funder.referrals'),
                value: (row) => row.referrals,
                to: (row) => drilldownPath(query, 'acts', { partnerKind: row.partnerKind }),
                label: (row) => row.name,
                total: {
                  value: sum('referrals'),
                  to: drilldownPath(query, 'acts', { isReferral: true }),
                  label: total,
                },
              }),
              figureColumn<ReferralRow>({
                measure: t('reports.columns.clients'),
                value: (row) => row.clients,
                to: (row) => drilldownPath(query, 'clients', { partnerKind: row.partnerKind }),
                label: (row) => row.name,
                // Not the sum: a client referred to two kinds of office is one client.
              }),
            ]}
          />
        )}
      </Stack>
      <Stack gap={4}>
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h5">
            {t('reports.funder.eventsTable')}
          </Title>
          {can('events.list') && (
            <Anchor component={Link} to="/events" size="sm">
              {t('reports.funder.toEvents')}
            </Anchor>
          )}
        </Group>
        <ReportTable
          label={t('reports.funder.eventsTable')}
          rows={eventRows}
          rowKey={(row) => row.key}
          columns={[
            { header: t('reports.funder.figure'), cell: (row) => row.name },
            {
              header: t('reports.funder.now'),
              isNumber: true,
              cell: (row) =>
                row.to ? (
                  <FigureLink
                    value={row.value}
                    to={row.to}
                    label={t('reports.funder.events')}
                    measure={row.name}
                  />
                ) : (
                  formatNumber(row.value, language)
                ),
            },
          ]}
        />
      </Stack>
    </ReportSection>
  );
}
