import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { toLanguage, type Language } from '../../db/contract/index.ts';

/** UI-only state that outlives a reload. Data never lives here: it comes from the API. */
interface UiState {
  language: Language;
  /** Whether someone on this computer picked the language; until then the organisation's default applies. */
  hasChosenLanguage: boolean;
  setLanguage: (language: Language) => void;
  adoptDefaultLanguage: (language: Language) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set, get) => ({
      language: 'cs',
      hasChosenLanguage: false,
      setLanguage: (language) => set({ language, hasChosenLanguage: true }),
      adoptDefaultLanguage: (language) => {
        if (!get().hasChosenLanguage) set({ language });
      },
    }),
    {
      name: 'pristav.ui',
      version: 1,
      partialize: (state) => ({
        language: state.language,
        hasChosenLanguage: state.hasChosenLanguage,
      }),
      // A hand-edited or stale localStorage value must not put the UI in an unknown language.
      merge: (persisted, current) => {
        const saved = persisted as Partial<UiState> | undefined;
        return {
          ...current,
          language: toLanguage(saved?.language),
          hasChosenLanguage: saved?.hasChosenLanguage === true,
        };
      },
    },
  ),
);

/** The current UI language outside React (the API client sends it with every call). */
export function currentLanguage(): Language {
  return useUiStore.getState().language;
}
