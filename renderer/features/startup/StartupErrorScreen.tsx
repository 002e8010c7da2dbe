import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of the whole app when the database cannot be used; says why in one line. */
export function StartupErrorScreen({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="xl">
      <Stack align="center" gap="md" maw={640}>
        <ThemeIcon size={64} radius="xl" color="red" variant="light" aria-hidden>
          <IconDatabaseOff size={36} />
        </ThemeIcon>
        <Title order={1} ta="center">
          {t('startup.errorTitle')}
        </Title>
        <Text role="alert" size="lg" ta="center">
          {message}
        </Text>
      </Stack>
    </Center>
  );
}
