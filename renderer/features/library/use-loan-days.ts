import { defaultLoanDays } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';

/** The loan period from Settings; the built-in 30 days until the settings have answered. */
export function useLoanDays(): number {
  const settings = useApiQuery('settings.get', {});
  return settings.status === 'ready' ? settings.value.loanDays : defaultLoanDays;
}
