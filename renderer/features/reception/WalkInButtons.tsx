import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { internetType, libraryType } from '../services/service-labels.ts';
import { showUndoNotification } from './undo-notification.tsx';

interface WalkInButtonsProps {
  label: (code: string) => string;
  onCounted: () => void;
}

/**
 * Visitors who are not registered still count for the funder: one press, one visit. The focus
 * stays on the button, so a group of three is three presses of Enter; a press too many is
 * taken back from its notification.
 */
export function WalkInButtons({ label, onCounted }: WalkInButtonsProps) {
  const { t } = useTranslation();
  const [busyType, setBusyType] = useState<string | null>(null);
  const headingId = 'reception-walk-ins';

  const count = async (type: string) => {
    if (busyType) return;
    setBusyType(type);
    const result = await call('tallies.add', { type });
    setBusyType(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('reception.walkIns.failed'),
        message: result.error.message,
      });
      return;
    }
    const { date, town } = result.value;
    showUndoNotification({
      t,
      message: t('reception.walkIns.counted', { service: label(type), count: result.value.count }),
      // The latest entry of that day, type and town: the one just added.
      undo: async () => {
        const undone = await call('tallies.undo', { type, date, town });
        return undone.ok ? { ok: true } : { ok: false, message: undone.error.message };
      },
      onUndone: onCounted,
    });
    onCounted();
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('reception.walkIns.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reception.walkIns.hint')}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconWorld size={18} aria-hidden />}
            loading={busyType === internetType}
            onClick={() => void count(internetType)}
          >
            {t('reception.walkIns.internet')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconBook size={18} aria-hidden />}
            loading={busyType === libraryType}
            onClick={() => void count(libraryType)}
          >
            {t('reception.walkIns.library')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
