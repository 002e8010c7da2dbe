import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import { toLanguage } from '../../../db/contract/index.ts';
import { formatDate } from '../clients/client-format.ts';
import { TodayCard } from './TodayCard.tsx';

const shown = 5;

/** Loans past their due date, oldest first, with whom to call. */
export function OverdueLoansCard() {
  const { t, i18n } = useTranslation();
  const overdue = useApiQuery('loans.overdue', {});
  return (
    <TodayCard
      id="home-today-overdue"
      title={t('home.today.overdue')}
      query={overdue}
      link={{ to: '/library', label: t('home.today.toLibrary') }}
    >
      {(loans) =>
        loans.length === 0 ? (
          <Text c="dimmed">{t('home.today.noOverdue')}</Text>
        ) : (
          <>
            <List spacing="xs" listStyleType="none" p={0}>
              {loans.slice(0, shown).map((loan) => (
                <List.Item key={loan.id}>
                  <Text fw={600} span>
                    {loan.book.title}
                  </Text>{' '}
                  <Text span>– {loan.client.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {t('home.today.overdueSince', {
                      date: formatDate(loan.dueOn, toLanguage(i18n.language)),
                    })}
                    {loan.client.phone ? ` · ${loan.client.phone}` : ''}
                  </Text>
                </List.Item>
              ))}
            </List>
            {loans.length > shown && (
              <Text size="sm">{t('home.today.moreOverdue', { count: loans.length - shown })}</Text>
            )}
          </>
        )
      }
    </TodayCard>
  );
}
