import { Alert, Button, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { AttendanceGrid } from './AttendanceGrid.tsx';
import { lessonDay } from './course-format.ts';
import { UnsavedAttendanceDialog } from './UnsavedAttendanceDialog.tsx';
import { useAttendanceDraft } from './use-attendance-draft.ts';

/** The attendance grid with its keys, what is still unsaved, and what the API refused. */
export function AttendanceSection({
  detail,
  reload,
}: {
  detail: CourseDetail;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [status, setStatus] = useState('');
  const dayOf = (lessonId: string) => {
    const lesson = detail.lessons.find((l) => l.id === lessonId);
    return lesson ? lessonDay(lesson.date, language) : '';
  };
  const draft = useAttendanceDraft(detail, (lessonId, present) => {
    setStatus(t('courses.grid.saved', { day: dayOf(lessonId), present }));
    // The participants' rates follow the saved ticks.
    reload();
  });
  const allKey = t('courses.grid.allKey');
  const dirty = draft.dirtyLessonIds.length;
  const unsavedTicks = draft.dirtyLessonIds.reduce((sum, id) => sum + draft.pendingCount(id), 0);

  return (
    <Stack gap="sm" component="section" aria-labelledby="attendance-title">
      <Title order={2} id="attendance-title">
        {t('courses.grid.title')}
      </Title>
      {detail.participants.length === 0 ? (
        <Text c="dimmed">{t('courses.grid.noParticipants')}</Text>
      ) : detail.lessons.length === 0 ? (
        <Text c="dimmed">{t('courses.grid.noLessons')}</Text>
      ) : (
        <>
          <Group
            gap="lg"
            className="attendance-keys"
            role="note"
            aria-label={t('courses.grid.keys')}
          >
            <span>
              <Kbd>←</Kbd> <Kbd>↑</Kbd> <Kbd>→</Kbd> <Kbd>↓</Kbd> {t('courses.grid.keyMove')}
            </span>
            <span>
              <Kbd>{t('courses.grid.spaceKey')}</Kbd> / <Kbd>Enter</Kbd>{' '}
              {t('courses.grid.keyToggle')}
            </span>
            <span>
              <Kbd>{allKey.toUpperCase()}</Kbd> {t('courses.grid.keyAll')}
            </span>
            <span>
              <Kbd>Ctrl+S</Kbd> {t('courses.grid.keySave')}
            </span>
            <span>
              <Kbd>Delete</Kbd> {t('courses.grid.keyUndo')}
            </span>
          </Group>
          <Text size="sm" c="dimmed">
            {t('courses.grid.legend')} {t('courses.grid.autosave')}
          </Text>
          {[...draft.errors].map(([lessonId, message]) => (
            <Alert
              key={lessonId}
              role="alert"
              color="red"
              title={t('courses.grid.saveFailed', { day: dayOf(lessonId) })}
            >
              {message}
            </Alert>
          ))}
          <AttendanceGrid detail={detail} draft={draft} allKey={allKey} />
          <Group justify="space-between" align="center" mih={36}>
            <Text size="sm" role="status">
              {dirty > 0 ? t('courses.grid.unsavedCount', { count: unsavedTicks }) : status}
            </Text>
            {/* Always there and never truly disabled: Tab out of the grid lands here, and the
                save that the grid's blur starts must not take the focused button away (focus
                would fall to <body>). With nothing to save it only looks and reads disabled. */}
            <Button
              leftSection={
                draft.isBusy ? (
                  <Loader size={16} color="currentColor" aria-hidden />
                ) : dirty > 0 ? (
                  <IconDeviceFloppy size={18} aria-hidden />
                ) : (
                  <IconCheck size={18} aria-hidden />
                )
              }
              data-disabled={dirty === 0 || undefined}
              aria-disabled={dirty === 0 || draft.isBusy || undefined}
              aria-busy={draft.isBusy || undefined}
              onClick={() => {
                if (dirty > 0 && !draft.isBusy) void draft.saveAll();
              }}
            >
              {dirty > 0 ? t('courses.grid.saveAll', { count: dirty }) : t('courses.grid.allSaved')}
            </Button>
          </Group>
          <UnsavedAttendanceDialog draft={draft} />
        </>
      )}
    </Stack>
  );
}
