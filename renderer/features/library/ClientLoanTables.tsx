import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { DueDateCell } from './DueDateCell.tsx';
import { LoanButtons } from './LoanButtons.tsx';
import type { LoanActions } from './use-loan-actions.ts';

function BookCell({ loan }: { loan: Loan }) {
  return (
    <>
      <Text fw={600}>{loan.book.title}</Text>
      {loan.book.author && (
        <Text size="sm" c="dimmed">
          {loan.book.author}
        </Text>
      )}
    </>
  );
}

interface OpenLoansTableProps {
  loans: Loan[];
  label: string;
  actions: LoanActions;
}

/** A client's books at home, with Return and Renew. */
export function OpenLoansTable({ loans, label, actions }: OpenLoansTableProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  if (loans.length === 0) return <Text c="dimmed">{t('library.loans.noOpen')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label={label} className="library-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.columns.book')}</Table.Th>
            <Table.Th>{t('library.columns.shelfMark')}</Table.Th>
            <Table.Th>{t('library.columns.loanedOn')}</Table.Th>
            <Table.Th>{t('library.columns.dueOn')}</Table.Th>
            <Table.Th>{t('library.columns.renewals')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('library.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loans.map((loan) => (
            <Table.Tr key={loan.id}>
              <Table.Td>
                <BookCell loan={loan} />
              </Table.Td>
              <Table.Td>{loan.book.shelfMark}</Table.Td>
              <Table.Td className="library-nowrap">{formatDate(loan.loanedOn, language)}</Table.Td>
              <Table.Td>
                <DueDateCell loan={loan} />
              </Table.Td>
              <Table.Td>{t('library.loans.renewals', { count: loan.renewals })}</Table.Td>
              <Table.Td>
                <LoanButtons loan={loan} actions={actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What a client has brought back, newest loan first. */
export function ReturnedLoansTable({ loans, label }: { loans: Loan[]; label: string }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" aria-label={label} className="library-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.columns.book')}</Table.Th>
            <Table.Th>{t('library.columns.loanedOn')}</Table.Th>
            <Table.Th>{t('library.columns.returnedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loans.map((loan) => (
            <Table.Tr key={loan.id}>
              <Table.Td>
                <BookCell loan={loan} />
              </Table.Td>
              <Table.Td className="library-nowrap">{formatDate(loan.loanedOn, language)}</Table.Td>
              <Table.Td className="library-nowrap">
                {formatDate(loan.returnedOn, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
