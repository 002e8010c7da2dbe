import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { courseKinds, type CourseKind } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useCan } from '../session/use-permissions.ts';
import './courses.css';
import { CourseFilters } from './CourseFilters.tsx';
import { CourseTable } from './CourseTable.tsx';

/**
 * All courses, newest first, filtered by town and kind. The whole list is read once (an
 * office has tens of courses, not thousands) so the town filter can offer every town in use;
 * the filters live in the URL, so coming back from a course keeps them.
 */
export function CoursesPage() {
  const { t } = useTranslation();
  const courses = useApiQuery('courses.list', {});
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const town = params.get('town') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (courseKinds as readonly string[]).includes(kindParam)
    ? (kindParam as CourseKind)
    : null;

  const setFilter = (name: 'town' | 'kind', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const all = courses.status === 'ready' ? courses.value : [];
  const shown = all.filter(
    (course) => (!town || course.town === town) && (!kind || course.kind === kind),
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('nav.courses')}</Title>
          <Text c="dimmed">{t('courses.intro')}</Text>
        </div>
        {can('courses.create') && (
          <Button
            component={Link}
            to="/courses/new"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('courses.new')}
          </Button>
        )}
      </Group>
      <CourseFilters
        courses={all}
        town={town}
        kind={kind}
        onTownChange={(value) => setFilter('town', value)}
        onKindChange={(value) => setFilter('kind', value)}
      />
      {courses.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {courses.status === 'error' && (
        <Alert role="alert" color="red" title={t('courses.loadFailed')}>
          {courses.error.message}
        </Alert>
      )}
      {courses.status === 'ready' && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {all.length === 0
              ? t('courses.list.empty')
              : shown.length === 0
                ? t('courses.list.noMatch')
                : t('courses.list.count', { count: shown.length })}
          </Text>
          {shown.length > 0 && <CourseTable courses={shown} />}
        </>
      )}
    </Stack>
  );
}
