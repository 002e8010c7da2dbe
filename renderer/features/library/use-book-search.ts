import { useDebouncedValue } from '@mantine/hooks';
import { useApiQuery } from '../../data/use-api-query.ts';

/** The catalogue for the search text: one call per pause of 150 ms, Czech title order. */
export function useBookSearch(text: string) {
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const query = useApiQuery('books.search', { text: debounced });
  return { ...query, isStale: debounced !== text.trim() };
}
