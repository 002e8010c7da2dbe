import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTableName } from '../../../db/contract/index.ts';

/**
 * The label of a canonical column in the UI language ('family_name' → 'Příjmení'); a column the
 * texts do not know yet is shown by its canonical name.
 */
export function useColumnLabel(): (table: ImportTableName, column: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (table, column) => {
      const labels: Record<string, Record<string, string>> = t('legacyImport.columns', {
        returnObjects: true,
      });
      return labels[table]?.[column] ?? column;
    },
    [t],
  );
}
