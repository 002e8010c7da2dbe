import { Alert, Anchor, Divider, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CourseDetail } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { AttendanceSection } from './AttendanceSection.tsx';
import { CourseHeader } from './CourseHeader.tsx';
import './courses.css';
import { LessonsSection } from './LessonsSection.tsx';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { useAttendanceSheet } from './use-attendance-sheet.ts';

/** One course: its header, the attendance grid, the participants and the lessons. */
export function CourseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiQuery('courses.get', { id });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/courses" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('courses.detail.backToList')}
        </Group>
      </Anchor>
      {detail.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {detail.status === 'error' && (
        <Alert role="alert" color="red" title={t('courses.detail.loadFailed')}>
          {detail.error.message}
        </Alert>
      )}
      {detail.status === 'ready' && (
        <CourseDetailView
          key={detail.value.course.id}
          detail={detail.value}
          reload={detail.reload}
        />
      )}
    </Stack>
  );
}

function CourseDetailView({ detail, reload }: { detail: CourseDetail; reload: () => void }) {
  const sheet = useAttendanceSheet(detail.course.id);
  return (
    <Stack gap="xl">
      <CourseHeader
        detail={detail}
        onCourseSheet={() => void sheet.download()}
        isSheetBusy={sheet.busy === 'course'}
      />
      <AttendanceSection detail={detail} reload={reload} />
      <Divider />
      <ParticipantsSection detail={detail} reload={reload} />
      <Divider />
      <LessonsSection
        detail={detail}
        reload={reload}
        onSheet={(lessonId) => void sheet.download(lessonId)}
        sheetBusy={sheet.busy}
      />
    </Stack>
  );
}
