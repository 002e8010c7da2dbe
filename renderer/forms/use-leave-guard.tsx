import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

export interface LeaveGuard {
  /** The question, to render with the form; nothing while no one is leaving. */
  dialog: ReactNode;
  /** Call right before leaving on purpose (a save): navigation is not asked about until… */
  allowLeaving: () => void;
  /** …the save was refused after all: leaving asks again. */
  keepAsking: () => void;
}

/**
 * Leaving a form with changes asks first ("Zahodit neuložené změny?"), whether by the menu,
 * Zrušit, a link or closing the window; staying keeps every typed value. A saved form leaves
 * without asking (allowLeaving).
 */
export function useLeaveGuard(hasChanges: boolean): LeaveGuard {
  const { t } = useTranslation();
  const isAllowed = useRef(false);
  const shouldAsk = hasChanges;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      shouldAsk && !isAllowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  // Closing the window or reloading: the browser's own question is all a page may ask.
  useEffect(() => {
    if (!shouldAsk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isAllowed.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shouldAsk]);

  const allowLeaving = useCallback(() => {
    isAllowed.current = true;
  }, []);
  const keepAsking = useCallback(() => {
    isAllowed.current = false;
  }, []);

  const isAsking = blocker.state === 'blocked';
  const dialog = (
    <Modal
      opened={isAsking}
      onClose={() => blocker.reset?.()}
      title={t('forms.leave.title')}
      centered
    >
      <Stack gap="md">
        <Text>{t('forms.leave.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
            {t('forms.leave.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('forms.leave.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { dialog, allowLeaving, keepAsking };
}
