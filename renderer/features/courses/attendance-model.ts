import type { Lesson, Participant } from '../../../db/contract/index.ts';

/** The API accepts a mark while the person had not left the course by the lesson's day. */
export function isEnrolledOn(participant: Participant, date: string): boolean {
  return participant.leftOn === null || participant.leftOn >= date;
}

export function isCellEditable(lesson: Lesson, participant: Participant): boolean {
  return !lesson.isCancelled && isEnrolledOn(participant, lesson.date);
}

/**
 * The lesson the grid opens at: the latest one held by today (usually the one just taught),
 * else the first one to come.
 */
export function currentLessonIndex(lessons: Lesson[], today: string): number {
  let index = lessons.findLastIndex((lesson) => !lesson.isCancelled && lesson.date <= today);
  if (index < 0) index = lessons.findIndex((lesson) => !lesson.isCancelled);
  return Math.max(index, 0);
}
