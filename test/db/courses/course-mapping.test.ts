import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lessonColumns,
  toCourse,
  toCourseColumns,
  toLesson,
  toLessonColumns,
} from '../../../db/courses/course-mapping.ts';
import type { CoursesTable, LessonsTable } from '../../../db/schema.ts';
import { openTempApi, type TempApi } from '../../helpers/temp-api.ts';

/**
 * The field → column mapping of courses and lessons is the one the forms' API, the import and
 * the demo write with, and reading a row back through toCourse / toLesson gives the fields.
 */
describe('the course and lesson mapping', () => {
  let temp: TempApi;
  beforeAll(async () => {
    temp = await openTempApi({ now: () => Date.UTC(2026, 11, 10, 12) });
  });
  afterAll(() => temp.close());

  const fields = {
    kind: 'czech_intensive' as const,
    title: 'Čeština B1',
    town: 'Turnov',
    venue: 'Knihovna',
    level: 'B1',
    lecturer: 'Mgr. Eva Malá',
    startDate: '2026-11-02',
    endDate: '2026-11-13',
    capacity: 12,
    schedule: [{ weekday: 1, start: '09:00', end: '10:30' }],
  };

  it('writes a course as toCourseColumns maps it and reads it back as the same fields', async () => {
    const course = await temp.ok('courses.create', fields);
    const row = temp.store.sqlite
      .prepare('SELECT * FROM courses WHERE id = ?')
      .get(course.id) as CoursesTable;
    expect(row).toMatchObject(toCourseColumns(fields));
    expect(toCourse(row, { participants: 0, lessons: 2 })).toEqual({
      ...fields,
      id: course.id,
      participantCount: 0,
      lessonCount: 2,
    });

    const lessons = temp.store.sqlite
      .prepare('SELECT * FROM lessons WHERE course_id = ? ORDER BY date')
      .all(course.id) as LessonsTable[];
    expect(lessons.map((lesson) => lesson.date)).toEqual(['2026-11-02', '2026-11-09']);
    for (const row of lessons) {
      const { id: _id, ...lesson } = toLesson(row);
      expect(row).toMatchObject({ ...toLessonColumns(lesson), is_cancelled: 0 });
    }
  });

  it('maps every lesson field to a column of its own, and only the fields given', () => {
    expect(new Set(Object.values(lessonColumns)).size).toBe(Object.keys(lessonColumns).length);
    expect(toLessonColumns({ courseId: 'c', date: '2026-11-02' })).toEqual({
      course_id: 'c',
      date: '2026-11-02',
    });
    expect(toLessonColumns({ isCancelled: true })).toEqual({ is_cancelled: true });
  });
});
