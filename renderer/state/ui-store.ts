import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { toLanguage, type Language } from '../../db/contract/index.ts';

/** UI-only state that outlives a reload. Data never lives here: it comes from the API. */
interface UiState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      language: 'cs',
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'pristav.ui',
      version: 1,
      partialize: (state) => ({ language: state.language }),
      // A hand-edited or stale localStorage value must not put the UI in an unknown language.
      merge: (persisted, current) => ({
        ...current,
        language: toLanguage((persisted as Partial<UiState> | undefined)?.language),
      }),
    },
  ),
);

/** The current UI language outside React (the API client sends it with every call). */
export function currentLanguage(): Language {
  return useUiStore.getState().language;
}
