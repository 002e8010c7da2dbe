import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { useLoanDays } from './use-loan-days.ts';

export type LoanAction = 'return' | 'renew';

export interface LoanActions {
  /** The loan and action under way, so only that button spins. */
  busy: { loanId: string; action: LoanAction } | null;
  /** How far a renewal moves the due date: the loan period from Settings. */
  loanDays: number;
  run: (loan: Loan, action: LoanAction) => Promise<void>;
}

/**
 * Returns a book (today) or renews its loan by the standard period; either way a notification
 * says what happened, in words, and `onChanged` lets the lists on screen reload.
 */
export function useLoanActions(onChanged: () => void): LoanActions {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [busy, setBusy] = useState<LoanActions['busy']>(null);
  const loanDays = useLoanDays();

  const run = async (loan: Loan, action: LoanAction) => {
    setBusy({ loanId: loan.id, action });
    const result =
      action === 'return'
        ? await call('loans.return', { loanId: loan.id })
        : await call('loans.renew', { loanId: loan.id, days: loanDays });
    setBusy(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('library.actions.failed'),
        message: result.error.message,
      });
      // Someone else may have returned it meanwhile: show the loans as they are now.
      onChanged();
      return;
    }
    notifications.show({
      color: 'teal',
      message:
        action === 'return'
          ? t('library.actions.returned', {
              title: loan.book.title,
              name: loan.client.displayName,
            })
          : t('library.actions.renewed', {
              title: loan.book.title,
              date: formatDate(result.value.dueOn, language),
            }),
    });
    onChanged();
  };

  return { busy, loanDays, run };
}
