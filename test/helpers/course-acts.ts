import type { CourseKind } from '../../db/contract/courses.ts';
import type { ApiCalls } from './temp-api.ts';

/** A one-week course of the kind with a lesson on Tuesday 24 November 2026. */
function oneWeekCourse(kind: CourseKind) {
  return {
    kind,
    title: `Kurz ${kind}`,
    town: 'Liberec',
    startDate: '2026-11-23',
    endDate: '2026-11-27',
    schedule: [{ weekday: 2, start: '17:00', end: '18:30' }],
  };
}

/** A course of the kind with the client enrolled and present at its one lesson: one act. */
export async function attendedCourse(
  { ok }: Pick<ApiCalls, 'ok'>,
  kind: CourseKind,
  clientId: string,
): Promise<string> {
  const course = await ok('courses.create', oneWeekCourse(kind));
  await ok('enrolments.enrol', { courseId: course.id, clientId, date: '2026-11-23' });
  const detail = await ok('courses.get', { id: course.id });
  await ok('attendance.mark', {
    lessonId: detail.lessons[0]!.id,
    marks: [{ clientId, isPresent: true }],
  });
  return course.id;
}
