import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';

export interface FirstContactCheck {
  /**
   * Whether to go on with an act on `date`: at once when it is not before the client's first
   * contact, else the person is asked ("Přesto zapsat?") and the answer is awaited.
   */
  confirm: (date: string | null | undefined) => Promise<boolean>;
  dialog: ReactNode;
}

/**
 * An act dated before the client's first contact is most likely a mistyped date (or a first
 * contact entered wrong): recording it is asked about first, and going back is the default.
 */
export function useFirstContactCheck(firstContact: string | null | undefined): FirstContactCheck {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [question, setQuestion] = useState<string | null>(null);
  const answer = useRef<(isConfirmed: boolean) => void>(() => undefined);

  const confirm = (date: string | null | undefined) => {
    if (!firstContact || !date || date >= firstContact) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setQuestion(date);
    });
  };
  const close = (isConfirmed: boolean) => {
    setQuestion(null);
    answer.current(isConfirmed);
  };

  const dialog = (
    <Modal
      opened={question !== null}
      onClose={() => close(false)}
      title={t('services.act.beforeFirstContactTitle')}
      centered
    >
      <Stack gap="md">
        <Text>
          {t('services.act.beforeFirstContactText', {
            date: formatDate(question, language),
            firstContact: formatDate(firstContact ?? null, language),
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => close(false)}>
            {t('services.act.beforeFirstContactBack')}
          </Button>
          <Button onClick={() => close(true)}>{t('services.act.beforeFirstContactRecord')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { confirm, dialog };
}
