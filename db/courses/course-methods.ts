import type { MethodDefinition } from '../api-types.ts';
import { foldText } from '../text/name-keys.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { markAttendance } from './attendance.ts';
import { renderAttendanceSheet } from './attendance-sheet.ts';
import { getCourseDetail, listLessonsOn } from './course-detail.ts';
import { listCourses } from './course-queries.ts';
import { addLesson, cancelLesson, createCourse, moveLesson } from './course-writes.ts';
import { enrolClient, leaveCourse } from './enrolments.ts';
import { storeToday } from '../store.ts';
import {
  onlyOwnCourses,
  requireCourseAccess,
  requireLessonAccess,
} from '../security/course-access.ts';

type CourseMethod =
  | 'courses.create'
  | 'courses.list'
  | 'courses.get'
  | 'courses.lessonsOn'
  | 'lessons.add'
  | 'lessons.move'
  | 'lessons.cancel'
  | 'enrolments.enrol'
  | 'enrolments.leave'
  | 'attendance.mark'
  | 'attendance.sheet';

/** Courses, lessons, enrolments and attendance: input is validated; these bind it to queries. */
export const courseMethods: { [M in CourseMethod]: MethodDefinition<M> } = {
  'courses.create': {
    handler: ({ store, userId }, input) => createCourse(store, userId, input),
  },
  'courses.list': {
    handler: ({ store, user }, input) => onlyOwnCourses(user, listCourses(store, input)),
  },
  'courses.get': {
    handler: ({ store, user }, input) => {
      requireCourseAccess(store, user, input.id);
      return getCourseDetail(store, input.id);
    },
  },
  'courses.lessonsOn': {
    handler: ({ store, user }, input) =>
      onlyOwnCourses(
        user,
        listLessonsOn(store, input.date ?? storeToday(store)),
        (item) => item.course,
      ),
  },
  'lessons.add': {
    handler: ({ store, user, userId }, input) => {
      requireCourseAccess(store, user, input.courseId);
      return addLesson(store, userId, input);
    },
  },
  'lessons.move': {
    handler: ({ store, user, userId }, input) => {
      requireLessonAccess(store, user, input.id);
      return moveLesson(store, userId, input);
    },
  },
  'lessons.cancel': {
    handler: ({ store, user, userId }, input) => {
      requireLessonAccess(store, user, input.id);
      return cancelLesson(store, userId, input.id, input.isCancelled);
    },
  },
  'enrolments.enrol': {
    handler: ({ store, userId }, input) => enrolClient(store, userId, input),
  },
  'enrolments.leave': {
    handler: ({ store, userId }, input) => leaveCourse(store, userId, input),
  },
  'attendance.mark': {
    handler: ({ store, user, userId }, input) => {
      requireLessonAccess(store, user, input.lessonId);
      return markAttendance(store, userId, input);
    },
  },
  'attendance.sheet': {
    handler: async ({ store, user, lang }, input) => {
      requireCourseAccess(store, user, input.courseId);
      const detail = getCourseDetail(store, input.courseId);
      const pdf = await renderAttendanceSheet({
        detail,
        lessonId: input.lessonId,
        fundingLine: getSettings(store).fundingLine,
        organisationName: getSettings(store).organisationName,
        language: lang,
      });
      // ASCII file names: some file shares and mail clients mangle "Čeština".
      const course = foldText(detail.course.title).replaceAll(' ', '-').slice(0, 40);
      const lesson = input.lessonId
        ? detail.lessons.find((l) => l.id === input.lessonId)?.date
        : undefined;
      const name = ['prezencni-listina', course, lesson].filter(Boolean).join('-');
      return { fileName: `${name}.pdf`, base64: pdf.toString('base64') };
    },
  },
};
