import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/EntryCard.tsx';
import { useCan } from '../session/use-permissions.ts';

/** Where the settings lead an admin to the read and change audit. */
export function AuditEntryCard() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('audit.list')) return null;
  return (
    <EntryCard
      id="audit-entry-title"
      title={t('audit.title')}
      text={t('audit.entryDescription')}
      to="/settings/audit"
      icon={<IconEye size={18} aria-hidden />}
      linkLabel={t('audit.open')}
    />
  );
}
