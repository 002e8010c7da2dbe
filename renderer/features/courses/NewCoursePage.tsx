import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api.ts';
import { emptyCourseForm } from './course-form-values.ts';
import { CourseForm } from './CourseForm.tsx';

/** Creates a course with the lessons of its timetable, then opens it. */
export function NewCoursePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyCourseForm);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('courses.form.newTitle')}</Title>
      <CourseForm
        initial={initial}
        onCancel={() => void navigate('/courses')}
        onSave={async (values) => {
          const result = await call('courses.create', values);
          if (!result.ok) return result.error.message;
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            message: t('courses.form.created', { title: result.value.title }),
          });
          void navigate(`/courses/${result.value.id}`);
          return null;
        }}
      />
    </Stack>
  );
}
