import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { TodayCard } from './TodayCard.tsx';

/** Today's lessons, so a lecturer or the desk sees who is coming and where. */
export function TodayLessonsCard() {
  const { t } = useTranslation();
  const lessons = useApiQuery('courses.lessonsOn', {});
  return (
    <TodayCard
      id="home-today-lessons"
      title={t('home.today.lessons')}
      query={lessons}
      link={{ to: '/courses', label: t('home.today.toCourses') }}
    >
      {(value) =>
        value.length === 0 ? (
          <Text c="dimmed">{t('home.today.noLessons')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {value.map(({ lesson, course, participantCount }) => (
              <List.Item key={lesson.id}>
                <Text fw={600} span>
                  {lesson.start}–{lesson.end}{' '}
                </Text>
                <Anchor component={Link} to={`/courses/${course.id}`}>
                  {course.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[course.venue || course.town, course.lecturer].filter(Boolean).join(' · ')} ·{' '}
                  {t('home.today.lessonParticipants', { count: participantCount })}
                </Text>
              </List.Item>
            ))}
          </List>
        )
      }
    </TodayCard>
  );
}
