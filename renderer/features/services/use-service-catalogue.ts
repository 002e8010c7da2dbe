import { useCallback } from 'react';
import type { ServiceType } from '../../../db/contract/index.ts';
import { useApiQuery, type QueryState } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { serviceLabel } from './service-labels.ts';

export interface ServiceCatalogue {
  query: QueryState<ServiceType[]> & { reload: () => void };
  /** Every type, archived ones included: old acts keep their names. Empty while loading. */
  types: readonly ServiceType[];
  label: (code: string) => string;
}

/** The catalogue as the screens need it: the types and a way to name a code. */
export function useServiceCatalogue(): ServiceCatalogue {
  const language = useUiStore((state) => state.language);
  const query = useApiQuery('serviceTypes.list', { includeArchived: true });
  const types = query.status === 'ready' ? query.value : undefined;
  const label = useCallback(
    (code: string) => serviceLabel(types, code, language),
    [types, language],
  );
  return { query, types: types ?? noTypes, label };
}

const noTypes: readonly ServiceType[] = [];
