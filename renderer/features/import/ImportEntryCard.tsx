import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/EntryCard.tsx';

/** Where the settings lead to the legacy import: a one-off task of setting Přístav up. */
export function ImportEntryCard() {
  const { t } = useTranslation();
  return (
    <EntryCard
      id="import-entry-title"
      title={t('legacyImport.entry.settingsTitle')}
      text={t('legacyImport.entry.settingsText')}
      to="/import"
      icon={<IconFileImport size={18} aria-hidden />}
      linkLabel={t('legacyImport.entry.button')}
    />
  );
}
