import { defaultOpeningHours, type OpeningHours } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';

/** The opening hours from Settings (Monday to Friday 9–17 until they have answered). */
export function useOpeningHours(): OpeningHours {
  const settings = useApiQuery('settings.get', {});
  return settings.status === 'ready' ? settings.value.openingHours : defaultOpeningHours;
}
