import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useCan } from '../session/use-permissions.ts';
import { useAppInfo } from '../startup/app-info-context.ts';

/**
 * "Vymazat osobu (GDPR)", at HQ for an admin: the erasure that travels to every office and
 * leaves no trace of the person (clients.erase). It cannot be undone, so it asks for the reason
 * and for the person's name typed again.
 */
export function EraseClientButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { site } = useAppInfo();
  const can = useCan();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [typedName, setTypedName] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = client.familyName || client.nickname;
  const isConfirmed = reason.trim() !== '' && typedName.trim() === name.trim();

  const erase = async () => {
    setIsBusy(true);
    setError(null);
    const result = await call('clients.erase', { clientId: client.id, reason: reason.trim() });
    setIsBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'teal', message: t('gdpr.erase.done') });
    setIsOpen(false);
    void navigate('/clients');
  };

  if (!site.isHq || !can('clients.erase')) return null;
  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrashX size={18} aria-hidden />}
        onClick={() => setIsOpen(true)}
      >
        {t('gdpr.erase.button')}
      </Button>
      <Modal opened={isOpen} onClose={() => setIsOpen(false)} title={t('gdpr.erase.title')}>
        <Stack gap="md">
          <Text size="sm">{t('gdpr.erase.text')}</Text>
          <TextInput
            label={t('gdpr.erase.reason')}
            description={t('gdpr.erase.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            data-autofocus
          />
          <TextInput
            label={t('gdpr.erase.typeName', { name })}
            value={typedName}
            onChange={(event) => setTypedName(event.currentTarget.value)}
            required
          />
          {error && (
            <Alert
              role="alert"
              color="red"
              title={t('gdpr.erase.failed')}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={isBusy}
              disabled={!isConfirmed}
              onClick={() => void erase()}
            >
              {t('gdpr.erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
