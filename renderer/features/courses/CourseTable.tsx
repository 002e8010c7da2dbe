import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Course } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDateRange, kindLabel } from './course-format.ts';

/** One row per course; the title is the link (Tab + Enter), the whole row answers a click. */
export function CourseTable({ courses }: { courses: Course[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useUiStore((state) => state.language);
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('courses.list.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('courses.list.columns.title')}</Table.Th>
            <Table.Th>{t('courses.list.columns.kind')}</Table.Th>
            <Table.Th>{t('courses.list.columns.town')}</Table.Th>
            <Table.Th>{t('courses.list.columns.level')}</Table.Th>
            <Table.Th>{t('courses.list.columns.lecturer')}</Table.Th>
            <Table.Th>{t('courses.list.columns.dates')}</Table.Th>
            <Table.Th className="course-number">{t('courses.list.columns.participants')}</Table.Th>
            <Table.Th className="course-number">{t('courses.list.columns.lessons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {courses.map((course) => (
            <Table.Tr
              key={course.id}
              className="course-row"
              onClick={() => void navigate(`/courses/${course.id}`)}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/courses/${course.id}`}
                  fw={600}
                  // The row navigates too; one navigation is enough.
                  onClick={(event) => event.stopPropagation()}
                >
                  {course.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{kindLabel(course.kind, language)}</Table.Td>
              <Table.Td>{course.town}</Table.Td>
              <Table.Td>{course.level}</Table.Td>
              <Table.Td>{course.lecturer}</Table.Td>
              <Table.Td className="course-nowrap">
                {formatDateRange(course.startDate, course.endDate, language)}
              </Table.Td>
              <Table.Td className="course-number">
                {course.capacity === null
                  ? course.participantCount
                  : t('courses.list.participants', {
                      count: course.participantCount,
                      capacity: course.capacity,
                    })}
              </Table.Td>
              <Table.Td className="course-number">{course.lessonCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
