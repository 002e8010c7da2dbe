import { sample } from './release-2010-calendar.ts';
import type { Random } from './random.ts';

export interface PlannedEnrolment {
  client: number;
  joinsLate: boolean;
  enrolledOn: string;
  /** Indices into the course's lessons. */
  present: number[];
  absent: number[];
}

interface CourseLessons {
  spec: { title: string; startDate: string };
  lessons: { date: string; isCancelled: boolean }[];
  enrolments: PlannedEnrolment[];
}

interface Seat {
  enrolment: PlannedEnrolment;
  eligible: number[];
  count: number;
}

/**
 * Decides how many lessons each participant attends so that the attended lessons add up to
 * exactly `target` (the acts left over after the hand-recorded ones), then which ones. A few
 * regulars come most of the time; most people come a few times, as in a low-threshold course.
 */
export function allocateAttendance(random: Random, courses: CourseLessons[], target: number) {
  const seats: Seat[] = [];
  for (const course of courses) {
    const held = course.lessons.flatMap((lesson, index) => (lesson.isCancelled ? [] : [index]));
    if (held.length === 0) throw new Error(`course ${course.spec.title} has no lesson held`);
    for (const enrolment of course.enrolments) {
      const start =
        enrolment.joinsLate && held.length >= 4 ? random.int(1, Math.floor(held.length / 2)) : 0;
      const eligible = held.slice(start);
      enrolment.enrolledOn =
        start === 0 ? course.spec.startDate : course.lessons[eligible[0]!]!.date;
      const share = random.chance(0.3) ? 0.5 + 0.4 * random.next() : 0.25 * random.next();
      const count = Math.min(eligible.length, Math.max(1, Math.round(eligible.length * share)));
      seats.push({ enrolment, eligible, count });
    }
  }
  let total = seats.reduce((sum, seat) => sum + seat.count, 0);
  const most = seats.reduce((sum, seat) => sum + seat.eligible.length, 0);
  if (target < seats.length || target > most) {
    throw new Error(`cannot plan ${target} attended lessons for ${seats.length} places`);
  }
  // Nudges random people up or down one lesson at a time until the total is exact.
  while (total !== target) {
    const seat = random.pick(seats);
    if (total < target && seat.count < seat.eligible.length) {
      seat.count++;
      total++;
    } else if (total > target && seat.count > 1) {
      seat.count--;
      total--;
    }
  }
  for (const { enrolment, eligible, count } of seats) {
    const present = sample(random, eligible, count).sort((a, b) => a - b);
    // Absences are ticked while someone is coming, and once more the week they stop.
    const from = eligible.indexOf(present[0]!);
    const to = Math.min(eligible.indexOf(present.at(-1)!) + 1, eligible.length - 1);
    enrolment.present = present;
    enrolment.absent = eligible.slice(from, to + 1).filter((index) => !present.includes(index));
  }
}
