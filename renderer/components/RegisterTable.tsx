import { Alert, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../data/use-api-query.ts';

interface RegisterTableProps<Row> {
  /** The register as the API answered (loading, refused, or its rows). */
  rows: QueryState<readonly Row[]>;
  texts: { loadFailed: string; empty: string; tableLabel: string };
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The heading cells, the actions' column not included. */
  columns: ReactNode;
  /** The heading of the actions' column, read to screen readers; none without actions. */
  actionsLabel?: string;
  renderRow: (row: Row) => ReactNode;
}

/**
 * A register's list (partners, events): a spinner while it loads, the API's refusal, a line
 * when it is empty, otherwise a striped table with a row heading and, for those who may edit,
 * a last column of actions.
 */
export function RegisterTable<Row>(props: RegisterTableProps<Row>) {
  const { rows, texts, minWidth, columns, actionsLabel, renderRow } = props;
  const { t } = useTranslation();
  if (rows.status === 'loading') return <Loader size="sm" aria-label={t('app.loading')} />;
  if (rows.status === 'error') {
    return (
      <Alert role="alert" color="red" title={texts.loadFailed}>
        {rows.error.message}
      </Alert>
    );
  }
  if (rows.value.length === 0) return <Text c="dimmed">{texts.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover aria-label={texts.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            {columns}
            {actionsLabel !== undefined && (
              <Table.Th scope="col">
                <VisuallyHidden>{actionsLabel}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.value.map(renderRow)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
