import { Anchor, Group, Paper, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useClientListStore } from '../clients/client-list-store.ts';
import './home.css';

/**
 * "Consent missing for N clients", leading to the register narrowed to them. Only the count is
 * read (one row, `total`); nothing shows while loading, on an error, or when no consent is missing.
 */
export function ConsentReminder() {
  const { t } = useTranslation();
  const pending = useApiQuery('clients.list', { isConsentPending: true, limit: 1 });
  const showConsentPending = useClientListStore((state) => state.showConsentPending);
  if (pending.status !== 'ready' || pending.value.total === 0) return null;
  return (
    <Paper withBorder radius="md" px="md" py="sm" className="consent-reminder">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={32} radius="md" variant="light" color="yellow" aria-hidden>
          <IconSignature size={20} stroke={1.8} />
        </ThemeIcon>
        <Anchor component={Link} to="/clients" fw={600} onClick={showConsentPending}>
          <Group gap={4} component="span">
            {t('clients.consentReminder', { count: pending.value.total })}
            <IconArrowRight size={16} aria-hidden />
          </Group>
        </Anchor>
      </Group>
    </Paper>
  );
}
