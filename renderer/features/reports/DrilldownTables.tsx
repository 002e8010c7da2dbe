import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DrilldownAct, DrilldownClient } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { formatNumber } from './report-format.ts';

function ClientLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={`/clients/${id}`} fw={500}>
      {name}
    </Anchor>
  );
}

/** The clients behind a number, in Czech alphabetical order; each name opens the client. */
export function DrilldownClientsTable({ rows }: { rows: DrilldownClient[] }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover aria-label={t('reports.drill.tableClients')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.drill.name')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.nationality')}</Table.Th>
            <Table.Th scope="col" className="report-number">
              {t('reports.drill.acts')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <ClientLink id={row.id} name={row.displayName} />
              </Table.Td>
              <Table.Td className="report-nowrap">{formatDate(row.birthDate, language)}</Table.Td>
              <Table.Td>{countryLabel(row.nationality, language)}</Table.Td>
              <Table.Td className="report-number">{formatNumber(row.acts, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The acts behind a number, by date: who, which service, where, and the course or book. */
export function DrilldownActsTable({ rows }: { rows: DrilldownAct[] }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { label } = useServiceCatalogue();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover aria-label={t('reports.drill.tableActs')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.drill.date')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.name')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.type')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.town')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.detail')}</Table.Th>
            <Table.Th scope="col">{t('reports.drill.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.source}:${row.sourceId}`}>
              <Table.Td className="report-nowrap">{formatDate(row.date, language)}</Table.Td>
              <Table.Td>
                <ClientLink id={row.clientId} name={row.clientName} />
              </Table.Td>
              <Table.Td>{label(row.type)}</Table.Td>
              <Table.Td>{row.town}</Table.Td>
              <Table.Td>{row.detail}</Table.Td>
              <Table.Td c="dimmed">{t(`reports.drill.sources.${row.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
