import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';

/**
 * "Try with demo data": instead of setting up a real site, fill this new database with the
 * demo centre of 2010. The site it creates is named "Ukázka – …", so the home screen says so.
 */
export function DemoDataOffer({ onFilled }: { onFilled: () => void }) {
  const { t } = useTranslation();
  const [isFilling, setIsFilling] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fill() {
    setError(null);
    setIsFilling(true);
    const result = await call('demo.fill', { kind: 'release-2010' });
    setIsFilling(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('demo.filled', { clients: result.value.clients, acts: result.value.acts }),
    });
    onFilled();
  }

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="demo-offer">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <IconFlask size={26} aria-hidden />
          <Title order={2} size="h3" id="demo-offer">
            {t('demo.heading')}
          </Title>
        </Group>
        <Text size="sm">{t('demo.text')}</Text>
        {error && (
          <Alert
            role="alert"
            color="red"
            title={t('demo.failed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="light" loading={isFilling} onClick={() => void fill()}>
            {t('demo.button')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
