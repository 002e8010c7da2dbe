import { foldText } from '../clients/client-format.ts';

/**
 * A code suggested from the Czech name ("Doprovod na úřad" → "doprovod_na_urad"), in the form
 * the contract accepts; the worker may still type another.
 */
export function suggestServiceCode(labelCs: string): string {
  const words = foldText(labelCs)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 41);
  return words.replace(/_+$/, '');
}
