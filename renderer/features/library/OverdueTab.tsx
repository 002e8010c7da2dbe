import { Alert, Anchor, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso, type Loan } from '../../../db/contract/index.ts';
import type { QueryState } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { LoanButtons } from './LoanButtons.tsx';
import { daysBetween } from './loan-dates.ts';
import { useLoanActions } from './use-loan-actions.ts';

interface OverdueTabProps {
  overdue: QueryState<Loan[]>;
  onChanged: () => void;
}

/** Loans past their due date with the borrower's phone and e-mail, to call them from here. */
export function OverdueTab({ overdue, onChanged }: OverdueTabProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const actions = useLoanActions(onChanged);
  const today = todayIso();

  if (overdue.status === 'loading') return <Skeleton height={160} radius="md" />;
  if (overdue.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('library.overdue.loadFailed')}>
        {overdue.error.message}
      </Alert>
    );
  }
  if (overdue.value.length === 0) return <Text c="dimmed">{t('library.overdue.none')}</Text>;
  return (
    <Stack gap="sm">
      <Text c="dimmed">{t('library.overdue.intro')}</Text>
      <Table.ScrollContainer minWidth={900}>
        <Table
          striped
          verticalSpacing="xs"
          aria-label={t('library.overdue.tableLabel')}
          className="library-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={180}>{t('library.columns.book')}</Table.Th>
              <Table.Th>{t('library.columns.borrower')}</Table.Th>
              <Table.Th>{t('library.columns.dueOn')}</Table.Th>
              <Table.Th ta="right">{t('library.columns.daysOverdue')}</Table.Th>
              <Table.Th>{t('library.columns.contact')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('library.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overdue.value.map((loan) => (
              <Table.Tr key={loan.id}>
                <Table.Td>
                  <Text fw={600}>{loan.book.title}</Text>
                  <Text size="sm" c="dimmed">
                    {[loan.book.author, loan.book.shelfMark].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td className="library-nowrap">
                  <Anchor component={Link} to={`/library?tab=loans&client=${loan.client.id}`}>
                    {loan.client.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td className="library-nowrap">{formatDate(loan.dueOn, language)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {daysBetween(loan.dueOn, today)}
                </Table.Td>
                <Table.Td>
                  <ContactCell phone={loan.client.phone} email={loan.client.email} />
                </Table.Td>
                <Table.Td>
                  <LoanButtons loan={loan} actions={actions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Phone first (the desk calls), e-mail under it; each says what it is to a screen reader. */
function ContactCell({ phone, email }: { phone: string; email: string }) {
  const { t } = useTranslation();
  if (!phone && !email) {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('library.overdue.noContact')}
      </Text>
    );
  }
  return (
    <>
      {phone && (
        <Text size="sm" fw={600} className="library-nowrap">
          <VisuallyHidden>{t('library.columns.phone')}: </VisuallyHidden>
          {phone}
        </Text>
      )}
      {email && (
        <Text size="sm" className="library-nowrap">
          <VisuallyHidden>{t('library.columns.email')}: </VisuallyHidden>
          {email}
        </Text>
      )}
    </>
  );
}
