import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

let lastId = 0;

/**
 * What one key just recorded, with "Vrátit zpět" beside it: a wrong key at the desk is taken
 * back at once, without looking for the act in a list. The button answers once; the message
 * then says it was undone (or why not).
 */
export function showUndoNotification(options: {
  t: TFunction;
  title?: string;
  message: string;
  undo: () => Promise<{ ok: true } | { ok: false; message: string }>;
  onUndone: () => void;
}): void {
  const { t, title, message, undo, onUndone } = options;
  lastId += 1;
  const id = `undo-${lastId}`;
  let isUndoing = false;
  const run = async () => {
    if (isUndoing) return;
    isUndoing = true;
    const result = await undo();
    notifications.update({
      id,
      color: result.ok ? 'gray' : 'red',
      title: result.ok ? undefined : t('reception.undo.failed'),
      message: result.ok ? t('reception.undo.undone', { what: message }) : result.message,
      autoClose: 5000,
    });
    if (result.ok) onUndone();
  };
  notifications.show({
    id,
    color: 'teal',
    title,
    // Longer than a plain confirmation: time to notice the wrong key and reach the button.
    autoClose: 10_000,
    message: (
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="default"
          style={{ flexShrink: 0 }}
          aria-label={t('reception.undo.label', { what: message })}
          onClick={() => void run()}
        >
          {t('reception.undo.button')}
        </Button>
      </Group>
    ),
  });
}
