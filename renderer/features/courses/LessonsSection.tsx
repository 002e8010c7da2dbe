import { Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconArrowsMove,
  IconCalendarPlus,
  IconCalendarX,
  IconPrinter,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, Lesson } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useCan } from '../session/use-permissions.ts';
import { isEnrolledOn } from './attendance-model.ts';
import { lessonDay } from './course-format.ts';
import { lessonStatus, localNow } from './lesson-status.ts';
import { LessonTimeForm, type LessonTime } from './LessonTimeForm.tsx';

interface LessonsSectionProps {
  detail: CourseDetail;
  reload: () => void;
  onSheet: (lessonId: string) => void;
  sheetBusy: string | null;
}

/** Every lesson with its state; moving, cancelling, restoring, adding; each lesson's sheet. */
export function LessonsSection({ detail, reload, onSheet, sheetBusy }: LessonsSectionProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const [moving, setMoving] = useState<Lesson | null>(null);
  const { course, lessons, participants, marks } = detail;
  const day = (lesson: Pick<Lesson, 'date'>) => lessonDay(lesson.date, language);

  const setCancelled = async (lesson: Lesson, isCancelled: boolean) => {
    const result = await call('lessons.cancel', { id: lesson.id, isCancelled });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('courses.lessons.failed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({
      message: t(
        isCancelled ? 'courses.lessons.cancelledNotice' : 'courses.lessons.restoredNotice',
        {
          day: day(lesson),
        },
      ),
    });
    reload();
  };

  const now = localNow();
  const statusText = (lesson: Lesson) => {
    const status = lessonStatus(
      lesson,
      marks.some((m) => m.lessonId === lesson.id),
      now,
    );
    return status.kind === 'laterToday'
      ? t('courses.lessons.laterToday', { time: status.time })
      : t(`courses.lessons.${status.kind}`);
  };

  const presentText = (lesson: Lesson) => {
    const marked = marks.filter((m) => m.lessonId === lesson.id);
    // Not recorded yet is not the same as nobody came.
    if (lesson.isCancelled || marked.length === 0) return '';
    const enrolled = participants.filter((p) => isEnrolledOn(p, lesson.date)).length;
    return `${marked.filter((m) => m.isPresent).length}/${enrolled}`;
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="lessons-title">
      <Title order={2} id="lessons-title">
        {t('courses.lessons.title')}
      </Title>
      {lessons.length === 0 ? (
        <Text c="dimmed">{t('courses.lessons.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} aria-labelledby="lessons-title" className="lessons-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('courses.lessons.date')}</Table.Th>
                <Table.Th>{t('courses.lessons.time')}</Table.Th>
                <Table.Th>{t('courses.lessons.status')}</Table.Th>
                <Table.Th className="course-number">{t('courses.lessons.present')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('courses.lessons.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lessons.map((lesson) => (
                <Table.Tr key={lesson.id} data-cancelled={lesson.isCancelled || undefined}>
                  <Table.Td className="course-nowrap">{day(lesson)}</Table.Td>
                  <Table.Td className="course-nowrap">
                    {lesson.start}–{lesson.end}
                  </Table.Td>
                  <Table.Td>{statusText(lesson)}</Table.Td>
                  <Table.Td className="course-number">{presentText(lesson)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPrinter size={16} aria-hidden />}
                        aria-label={t('courses.lessons.sheetFor', { day: day(lesson) })}
                        title={t('courses.lessons.sheetFor', { day: day(lesson) })}
                        loading={sheetBusy === lesson.id}
                        onClick={() => onSheet(lesson.id)}
                      >
                        {t('courses.lessons.sheet')}
                      </Button>
                      {can('lessons.move') && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconArrowsMove size={16} aria-hidden />}
                          aria-label={t('courses.lessons.moveFor', { day: day(lesson) })}
                          onClick={() => setMoving(lesson)}
                        >
                          {t('courses.lessons.move')}
                        </Button>
                      )}
                      {!can('lessons.cancel') ? null : lesson.isCancelled ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconArrowBackUp size={16} aria-hidden />}
                          aria-label={t('courses.lessons.restoreFor', { day: day(lesson) })}
                          onClick={() => void setCancelled(lesson, false)}
                        >
                          {t('courses.lessons.restore')}
                        </Button>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconCalendarX size={16} aria-hidden />}
                          aria-label={t('courses.lessons.cancelFor', { day: day(lesson) })}
                          onClick={() => void setCancelled(lesson, true)}
                        >
                          {t('courses.lessons.cancel')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {can('lessons.add') && (
        <>
          <Title order={3} size="h4">
            {t('courses.lessons.addTitle')}
          </Title>
          <LessonTimeForm
            // A new, empty form once a lesson has been added.
            key={lessons.length}
            initial={{
              date: '',
              start: lessons.at(-1)?.start ?? '',
              end: lessons.at(-1)?.end ?? '',
            }}
            submitLabel={t('courses.lessons.add')}
            submitIcon={<IconCalendarPlus size={18} aria-hidden />}
            onSave={async (value: LessonTime) => {
              const result = await call('lessons.add', { courseId: course.id, ...value });
              if (!result.ok) return result.error.message;
              notifications.show({ message: t('courses.lessons.added', { day: day(value) }) });
              reload();
              return null;
            }}
          />
        </>
      )}
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? t('courses.lessons.moveTitle', { day: day(moving) }) : ''}
        centered
        size="auto"
      >
        {moving && (
          <LessonTimeForm
            initial={{ date: moving.date, start: moving.start, end: moving.end }}
            submitLabel={t('courses.lessons.moveSave')}
            isAutoFocused
            onCancel={() => setMoving(null)}
            onSave={async (value) => {
              const result = await call('lessons.move', { id: moving.id, ...value });
              if (!result.ok) return result.error.message;
              notifications.show({
                message: t('courses.lessons.moved', { day: day(value), ...value }),
              });
              setMoving(null);
              reload();
              return null;
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
