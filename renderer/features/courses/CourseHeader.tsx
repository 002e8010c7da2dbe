import { Badge, Button, DataList, Group, Stack, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabels, type CourseDetail } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDateRange, formatRate, kindLabel, scheduleSummary } from './course-format.ts';

interface CourseHeaderProps {
  detail: CourseDetail;
  onCourseSheet: () => void;
  isSheetBusy: boolean;
}

/** The course at one glance: what, where, who, when, and how well it is attended. */
export function CourseHeader({ detail, onCourseSheet, isSheetBusy }: CourseHeaderProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { course } = detail;
  const label = (name: string) => fieldLabels[name]?.[language] ?? name;
  const items: [string, ReactNode][] = [
    [label('town'), course.town],
    [label('venue'), course.venue],
    [label('level'), course.level],
    [label('lecturer'), course.lecturer],
    [t('courses.detail.dates'), formatDateRange(course.startDate, course.endDate, language)],
    [
      t('courses.detail.schedule'),
      course.schedule.length > 0
        ? scheduleSummary(course.schedule, language)
        : t('courses.detail.noSchedule'),
    ],
    [
      t('courses.detail.capacity'),
      course.capacity === null
        ? t('courses.participants.countNoCapacity', { count: course.participantCount })
        : t('courses.participants.count', {
            count: course.participantCount,
            capacity: course.capacity,
          }),
    ],
    [
      t('courses.detail.attendance'),
      detail.attendanceRate === null
        ? t('courses.detail.noLessonsHeld')
        : formatRate(detail.attendanceRate, language),
    ],
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{course.title}</Title>
          <Group gap="xs">
            <Badge variant="light" color="blue" c="blue.9">
              {kindLabel(course.kind, language)}
            </Badge>
          </Group>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden />}
          loading={isSheetBusy}
          onClick={onCourseSheet}
        >
          {t('courses.detail.courseSheet')}
        </Button>
      </Group>
      <DataList orientation="horizontal" labelWidth={190} gap="xs">
        {items
          .filter(([, value]) => value !== '')
          .map(([name, value]) => (
            <DataList.Item key={name}>
              <DataList.ItemLabel>{name}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
    </Stack>
  );
}
