import { create } from 'zustand';
import type { ResidenceStatus } from '../../../db/contract/index.ts';

export interface ClientListFilters {
  nationality: string | null;
  residenceStatus: ResidenceStatus | null;
  town: string;
  /** Served in this period (YYYY-MM-DD, '' for an open end): at least one act of any kind. */
  servedFrom: string;
  servedTo: string;
  /** Only clients whose GDPR consent is still to be collected. */
  isConsentPending: boolean;
}

/**
 * What the worker typed and filtered in the client list, kept while they open a client and come
 * back, so the list is where they left it. Not persisted: a new session starts with a clean list.
 */
interface ClientListState {
  searchText: string;
  filters: ClientListFilters;
  setSearchText: (text: string) => void;
  setFilters: (filters: Partial<ClientListFilters>) => void;
  clearFilters: () => void;
  /** The whole register narrowed to the clients whose consent is missing, and nothing else. */
  showConsentPending: () => void;
}

const noFilters: ClientListFilters = {
  nationality: null,
  residenceStatus: null,
  town: '',
  servedFrom: '',
  servedTo: '',
  isConsentPending: false,
};

export const useClientListStore = create<ClientListState>()((set) => ({
  searchText: '',
  filters: noFilters,
  setSearchText: (searchText) => set({ searchText }),
  setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
  clearFilters: () => set({ filters: noFilters }),
  showConsentPending: () =>
    set({ searchText: '', filters: { ...noFilters, isConsentPending: true } }),
}));

/** The filters as `clients.list` takes them: only those that narrow anything. */
export function listQueryOf(filters: ClientListFilters) {
  const town = filters.town.trim();
  return {
    ...(filters.nationality ? { nationality: filters.nationality } : {}),
    ...(filters.residenceStatus ? { residenceStatus: filters.residenceStatus } : {}),
    ...(town ? { town } : {}),
    ...(filters.servedFrom ? { servedFrom: filters.servedFrom } : {}),
    ...(filters.servedTo ? { servedTo: filters.servedTo } : {}),
    ...(filters.isConsentPending ? { isConsentPending: true } : {}),
  };
}
