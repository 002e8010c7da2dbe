import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StartupLoading() {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" aria-busy="true">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text role="status">{t('startup.loading')}</Text>
      </Stack>
    </Center>
  );
}
