import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportFigureDifference } from '../../../../db/contract/index.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { figureLabel, formatDifference } from './figure-label.ts';

interface SubmissionDifferencesProps {
  differences: ReportFigureDifference[];
  serviceLabel: (code: string) => string;
}

/** Submitted number, current number and the difference, for every figure that moved. */
export function SubmissionDifferences({ differences, serviceLabel }: SubmissionDifferencesProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  if (differences.length === 0) return <Text>{t('reportSubmission.noFigureChange')}</Text>;
  const number = new Intl.NumberFormat(language === 'cs' ? 'cs-CZ' : 'en-GB');
  return (
    <Table striped withTableBorder aria-label={t('reportSubmission.differencesLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reportSubmission.figure')}</Table.Th>
          <Table.Th ta="right">{t('reportSubmission.submittedValue')}</Table.Th>
          <Table.Th ta="right">{t('reportSubmission.currentValue')}</Table.Th>
          <Table.Th ta="right">{t('reportSubmission.difference')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {differences.map((figure) => (
          <Table.Tr key={`${figure.table}:${figure.key ?? ''}:${figure.measure}`}>
            <Table.Td>{figureLabel(figure, t, language, serviceLabel)}</Table.Td>
            <Table.Td ta="right">{number.format(figure.submitted)}</Table.Td>
            <Table.Td ta="right">{number.format(figure.current)}</Table.Td>
            <Table.Td
              ta="right"
              fw={700}
              // Shade 9: 4.5:1 also on the pale orange of the alert around the table.
              c={figure.current < figure.submitted ? 'red.9' : 'teal.9'}
            >
              {formatDifference(figure.submitted, figure.current, language)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
