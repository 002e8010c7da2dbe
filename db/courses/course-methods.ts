import type { MethodDefinition } from '../api-types.ts';
import { todayIso } from '../contract/dates.ts';
import { foldText } from '../clients/name-keys.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { markAttendance } from './attendance.ts';
import { renderAttendanceSheet } from './attendance-sheet.ts';
import { getCourseDetail, listLessonsOn } from './course-detail.ts';
import { listCourses } from './course-queries.ts';
import { addLesson, cancelLesson, createCourse, moveLesson } from './course-writes.ts';
import { enrolClient, leaveCourse } from './enrolments.ts';

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

const userOf = (user: { id: string } | null) => user?.id ?? null;

/** Courses, lessons, enrolments and attendance: input is validated; these bind it to queries. */
export const courseMethods: { [M in CourseMethod]: MethodDefinition<M> } = {
  'courses.create': {
    handler: ({ store, user }, input) => createCourse(store, userOf(user), input),
  },
  'courses.list': { handler: ({ store }, input) => listCourses(store, input) },
  'courses.get': { handler: ({ store }, input) => getCourseDetail(store, input.id) },
  'courses.lessonsOn': {
    handler: ({ store }, input) =>
      listLessonsOn(store, input.date ?? todayIso(new Date(store.now()))),
  },
  'lessons.add': { handler: ({ store, user }, input) => addLesson(store, userOf(user), input) },
  'lessons.move': { handler: ({ store, user }, input) => moveLesson(store, userOf(user), input) },
  'lessons.cancel': {
    handler: ({ store, user }, input) =>
      cancelLesson(store, userOf(user), input.id, input.isCancelled),
  },
  'enrolments.enrol': {
    handler: ({ store, user }, input) => enrolClient(store, userOf(user), input),
  },
  'enrolments.leave': {
    handler: ({ store, user }, input) => leaveCourse(store, userOf(user), input),
  },
  'attendance.mark': {
    handler: ({ store, user }, input) => markAttendance(store, userOf(user), input),
  },
  'attendance.sheet': {
    handler: async ({ store, lang }, input) => {
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
