import type { Course, CourseKind, Lesson, WeeklySlot } from '../contract/courses.ts';
import type { CoursesTable, LessonsTable } from '../schema.ts';

export function toCourse(
  row: CoursesTable,
  counts: { participants: number; lessons: number },
): Course {
  return {
    id: row.id,
    kind: row.kind as CourseKind,
    title: row.title,
    town: row.town,
    venue: row.venue,
    level: row.level,
    lecturer: row.lecturer,
    startDate: row.start_date,
    endDate: row.end_date,
    capacity: row.capacity,
    schedule: JSON.parse(row.schedule) as WeeklySlot[],
    participantCount: counts.participants,
    lessonCount: counts.lessons,
  };
}

export function toLesson(row: LessonsTable): Lesson {
  return {
    id: row.id,
    courseId: row.course_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    isCancelled: row.is_cancelled === 1,
  };
}
