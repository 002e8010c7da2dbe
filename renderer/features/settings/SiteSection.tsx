import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { useAppInfo } from '../startup/app-info-context.ts';

/**
 * The site's name and town (administrators). Headquarters' registry of sites holds them, so at
 * a branch the API refuses and says who renames it; the message is shown as it comes.
 */
export function SiteSection() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [name, setName] = useState(info.site.name);
  const [town, setTown] = useState(info.site.town);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const headingId = 'settings-site';
  const isChanged = name !== info.site.name || town !== info.site.town;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setIsBusy(true);
    const result = await call('site.update', { name, town });
    setIsBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('siteSettings.site.saved', { name: result.value.name, town: result.value.town }),
    });
    // The header and every screen that names the site read it again.
    info.reload?.();
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={(event) => void save(event)}>
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {t('siteSettings.site.title')}
          </Title>
          <Text size="sm">{t('siteSettings.site.intro')}</Text>
          <TextInput
            label={t('siteSettings.site.name')}
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            label={t('siteSettings.site.town')}
            required
            maxLength={100}
            value={town}
            onChange={(event) => setTown(event.currentTarget.value)}
          />
          {error && (
            <Alert
              role="alert"
              color="red"
              title={t('siteSettings.site.failed')}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" loading={isBusy} disabled={!isChanged}>
              {t('siteSettings.site.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
