import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/EntryCard.tsx';
import { useCan } from '../session/use-permissions.ts';

/** Where the settings lead to the retention rule's list of clients to anonymise. */
export function RetentionEntryCard() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('clients.inactive')) return null;
  return (
    <EntryCard
      id="retention-entry-title"
      title={t('gdpr.retention.open')}
      text={t('gdpr.retention.openDescription')}
      to="/settings/retention"
      icon={<IconUserOff size={18} aria-hidden />}
      linkLabel={t('gdpr.retention.open')}
    />
  );
}
