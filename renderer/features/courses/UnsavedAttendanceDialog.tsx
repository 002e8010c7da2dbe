import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import type { AttendanceDraft } from './use-attendance-draft.ts';

/**
 * Ticks must not be lost by leaving the page: a move elsewhere in the app waits for saving
 * under way and asks about ticks that could not be saved; closing the window asks the browser's
 * own question.
 */
export function UnsavedAttendanceDialog({ draft }: { draft: AttendanceDraft }) {
  const { t } = useTranslation();
  const hasUnsaved = draft.dirtyLessonIds.length > 0 || draft.isBusy;
  const blocker = useBlocker(hasUnsaved);

  // Leaving the grid for a link starts saving; once that has gone through, the move goes on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !hasUnsaved) blocker.proceed();
  }, [blocker, hasUnsaved]);

  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsaved]);

  const isAsking = blocker.state === 'blocked' && !draft.isBusy;
  return (
    <Modal
      opened={isAsking}
      onClose={() => blocker.reset?.()}
      title={t('courses.grid.leavingTitle')}
      centered
    >
      <Stack gap="md">
        <Text>{t('courses.grid.leavingText')}</Text>
        {[...draft.errors.values()].map((message) => (
          <Text key={message} c="red.8" size="sm">
            {message}
          </Text>
        ))}
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
            {t('courses.grid.leavingStay')}
          </Button>
          <Button
            variant="light"
            color="red"
            onClick={() => {
              draft.discardAll();
              blocker.proceed?.();
            }}
          >
            {t('courses.grid.leavingDiscard')}
          </Button>
          {/* Once everything is saved, the effect above lets the move go on. */}
          <Button onClick={() => void draft.saveAll()}>{t('courses.grid.leavingSave')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
