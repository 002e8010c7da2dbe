import { create } from 'zustand';
import type { ResidenceStatus } from '../../../db/contract/index.ts';

export interface ClientListFilters {
  nationality: string | null;
  residenceStatus: ResidenceStatus | null;
  town: string;
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
}

const noFilters: ClientListFilters = { nationality: null, residenceStatus: null, town: '' };

export const useClientListStore = create<ClientListState>()((set) => ({
  searchText: '',
  filters: noFilters,
  setSearchText: (searchText) => set({ searchText }),
  setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
  clearFilters: () => set({ filters: noFilters }),
}));
