import type { z } from 'zod';
import type { Course, courseCreateInput } from '../contract/courses.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { readCourse, readCourseRow, readLessonRow } from './course-queries.ts';
import { planLessons } from '../contract/lesson-schedule.ts';
import type { Lesson } from '../contract/courses.ts';
import { toCourseColumns, toLesson, toLessonColumns } from './course-mapping.ts';

type CourseInput = z.output<typeof courseCreateInput>;

/** Creates a course and the lessons its weekly schedule gives, in one transaction. */
export function createCourse(store: Store, author: string | null, input: CourseInput): Course {
  return runWrite(store, author, (w) => {
    const id = newId();
    writeRow(w, 'courses', id, toCourseColumns(input));
    for (const lesson of planLessons(input.startDate, input.endDate, input.schedule)) {
      writeRow(
        w,
        'lessons',
        newId(),
        toLessonColumns({ courseId: id, date: lesson.date, start: lesson.start, end: lesson.end }),
      );
    }
    return readCourse(store, id);
  });
}

function assertWithinCourse(store: Store, courseId: string, date: string) {
  const course = readCourseRow(store, courseId);
  if (date < course.start_date || date > course.end_date) {
    throw new PristavError('LESSON_OUTSIDE_COURSE', {
      date,
      start: course.start_date,
      end: course.end_date,
    });
  }
}

export function addLesson(
  store: Store,
  author: string | null,
  input: { courseId: string; date: string; start: string; end: string },
): Lesson {
  return runWrite(store, author, (w) => {
    assertWithinCourse(store, input.courseId, input.date);
    const id = newId();
    const { courseId, date, start, end } = input;
    writeRow(w, 'lessons', id, toLessonColumns({ courseId, date, start, end }));
    return toLesson(readLessonRow(store, id));
  });
}

export function moveLesson(
  store: Store,
  author: string | null,
  input: { id: string; date: string; start: string; end: string },
): Lesson {
  return runWrite(store, author, (w) => {
    const lesson = readLessonRow(store, input.id);
    assertWithinCourse(store, lesson.course_id, input.date);
    const { date, start, end } = input;
    writeRow(w, 'lessons', input.id, toLessonColumns({ date, start, end }));
    return toLesson(readLessonRow(store, input.id));
  });
}

/** A cancelled lesson keeps its place in the grid but has no acts. */
export function cancelLesson(
  store: Store,
  author: string | null,
  id: string,
  isCancelled: boolean,
): Lesson {
  return runWrite(store, author, (w) => {
    readLessonRow(store, id);
    writeRow(w, 'lessons', id, toLessonColumns({ isCancelled }));
    return toLesson(readLessonRow(store, id));
  });
}
