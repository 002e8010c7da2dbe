import { useEffect } from 'react';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * Applies the organisation's default language (Nastavení) on a computer where nobody has
 * picked one yet; a choice made with the language switch always wins.
 */
export function useDefaultLanguage(hasSite: boolean): void {
  const adoptDefaultLanguage = useUiStore((state) => state.adoptDefaultLanguage);
  useEffect(() => {
    if (!hasSite) return;
    void call('settings.get', {}).then((result) => {
      if (result.ok) adoptDefaultLanguage(result.value.defaultLanguage);
    });
  }, [hasSite, adoptDefaultLanguage]);
}
