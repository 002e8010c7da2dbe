import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../db/contract/index.ts';
import type { LoanActions } from './use-loan-actions.ts';

/** Return and Renew for one open loan; their accessible names say which book and whose. */
export function LoanButtons({ loan, actions }: { loan: Loan; actions: LoanActions }) {
  const { t } = useTranslation();
  const names = { title: loan.book.title, name: loan.client.displayName };
  const isBusy = (action: 'return' | 'renew') =>
    actions.busy?.loanId === loan.id && actions.busy.action === action;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        size="xs"
        leftSection={<IconArrowBackUp size={16} aria-hidden />}
        loading={isBusy('return')}
        disabled={actions.busy !== null && !isBusy('return')}
        aria-label={t('library.actions.returnLabel', names)}
        onClick={() => void actions.run(loan, 'return')}
      >
        {t('library.actions.return')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCalendarPlus size={16} aria-hidden />}
        loading={isBusy('renew')}
        disabled={actions.busy !== null && !isBusy('renew')}
        aria-label={t('library.actions.renewLabel', { ...names, days: actions.loanDays })}
        title={t('library.actions.renewLabel', { ...names, days: actions.loanDays })}
        onClick={() => void actions.run(loan, 'renew')}
      >
        {t('library.actions.renew')}
      </Button>
    </Group>
  );
}
