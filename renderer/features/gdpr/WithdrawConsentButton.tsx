import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconHandStop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type Client } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { DateField } from '../../forms/DateField.tsx';
import { useCan } from '../session/use-permissions.ts';

/**
 * "Odvolat souhlas": records the day the person withdrew their GDPR consent (clients.update),
 * after which the app refuses every new act for them. Giving consent again is an edit of the
 * record (a new consent date, the withdrawal cleared).
 */
export function WithdrawConsentButton({
  client,
  onWithdrawn,
}: {
  client: Client;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const can = useCan();

  const withdraw = async () => {
    setIsBusy(true);
    setError(null);
    const result = await call('clients.update', {
      id: client.id,
      changes: { consentWithdrawn: date },
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'teal', message: t('gdpr.consent.withdrawn') });
    setIsOpen(false);
    onWithdrawn();
  };

  if (!can('clients.update')) return null;
  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconHandStop size={18} aria-hidden />}
        onClick={() => setIsOpen(true)}
      >
        {t('gdpr.consent.withdraw')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        title={t('gdpr.consent.withdrawTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('gdpr.consent.withdrawText')}</Text>
          <DateField
            label={t('gdpr.consent.withdrawDate')}
            value={date}
            onChange={setDate}
            required
            popoverProps={{ withinPortal: false }}
          />
          {error && (
            <Alert
              role="alert"
              color="red"
              title={t('gdpr.consent.withdrawFailed')}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={isBusy} disabled={!date} onClick={() => void withdraw()}>
              {t('gdpr.consent.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
