import type { CourseKind, WeeklySlot } from '../contract/courses.ts';
import { planLessons } from '../contract/lesson-schedule.ts';
import {
  attendanceId,
  toAttendanceColumns,
  toCourseColumns,
  toLessonColumns,
  toNewEnrolmentColumns,
} from '../courses/course-mapping.ts';
import type { Random } from './random.ts';
import { addDays } from './release-2010-calendar.ts';
import { slot, venues } from './release-2010-courses.ts';
import type { RowSink } from './row-sink.ts';
import type { Term } from './scale-calendar.ts';

interface CourseShape {
  titles: string[];
  levels: string[];
  /** Length in weeks; null: the whole term. */
  weeks: number | null;
  capacity: number | null;
  schedule: (random: Random, town: string) => WeeklySlot[];
}

const evening = (random: Random, town: string) =>
  town === 'Stráž pod Ralskem'
    ? [slot(6, '09:00', '11:00')] // Saturday mornings suit the factory shifts
    : [slot(random.int(1, 4), '17:00', '18:30')];

const shapes: Record<CourseKind, CourseShape> = {
  czech_low_threshold: {
    titles: ['Čeština pro začátečníky', 'Čeština pro mírně pokročilé', 'Čeština pro pokročilé'],
    levels: ['A0', 'A1', 'A2'],
    weeks: null,
    capacity: null,
    schedule: evening,
  },
  czech_intensive: {
    titles: ['Intenzivní kurz češtiny', 'Příprava na zkoušku A1 k trvalému pobytu'],
    levels: ['A1', 'A1'],
    weeks: 5,
    capacity: 16,
    schedule: () => [1, 2, 4].map((day) => slot(day, '17:00', '19:30')),
  },
  sociocultural: {
    titles: ['Orientace v české společnosti', 'Život v Česku: úřady, zdravotnictví, škola'],
    levels: ['', ''],
    weeks: 8,
    capacity: null,
    schedule: evening,
  },
  pc: {
    titles: ['Základy práce s počítačem', 'Internet, e-mail a úřady online'],
    levels: ['', ''],
    weeks: 10,
    capacity: 12,
    schedule: (random) => [slot(random.int(1, 4), '15:00', '16:30')],
  },
};

const kindWeights: [CourseKind, number][] = [
  ['czech_low_threshold', 0.65],
  ['czech_intensive', 0.1],
  ['sociocultural', 0.15],
  ['pc', 0.1],
];

const lecturers = [
  'Mgr. Jana Horáková',
  'Mgr. Lucie Šťastná',
  'PhDr. Alena Veselá',
  'Mgr. Pavel Dvořák',
  'Mgr. Eva Málková',
  'Bc. Tomáš Kubát',
  'Mgr. Kateřina Nováková',
  'Ing. Martin Souček',
];

function pickKind(random: Random): CourseKind {
  let point = random.next();
  for (const [kind, weight] of kindWeights) {
    point -= weight;
    if (point < 0) return kind;
  }
  return 'czech_low_threshold';
}

export interface Participant {
  id: string;
}

/**
 * The courses of one town and term for the people who come to one: groups of 8–16 (never over
 * a course's capacity), weekly lessons with holidays and the odd sick day cancelled, enrolments
 * (a fifth join late) and attendance marks for the held lessons after enrolment (absences on
 * the full sheets of one course in four) —
 * the rows createCourse, cancelLesson, enrolClient and markAttendance would write.
 * Returns the attended lessons (each one act).
 */
export function writeTermCourses(
  sink: RowSink,
  random: Random,
  nextId: () => string,
  place: { town: string; term: Term; year: number; holidays: Set<string> },
  participants: Participant[],
): number {
  let attended = 0;
  for (let start = 0; start < participants.length;) {
    const kind = pickKind(random);
    const shape = shapes[kind];
    const size = Math.min(shape.capacity ?? 16, random.int(8, 16));
    const members = participants.slice(start, start + size);
    start += size;

    const variant = random.int(0, shape.titles.length - 1);
    const startDate = addDays(place.term.start, random.int(0, 10));
    const lastDay = shape.weeks === null ? place.term.end : addDays(startDate, shape.weeks * 7 - 1);
    const endDate = lastDay < place.term.end ? lastDay : place.term.end;
    const schedule = shape.schedule(random, place.town);
    const courseId = nextId();
    sink.add(
      'courses',
      courseId,
      toCourseColumns({
        kind,
        title: `${shape.titles[variant]!} (${place.term.label} ${place.year})`,
        town: place.town,
        venue: venues[place.town] ?? '',
        level: shape.levels[variant]!,
        lecturer: random.pick(lecturers),
        startDate,
        endDate,
        capacity: shape.capacity,
        schedule,
      }),
    );
    const lessons = planLessons(startDate, endDate, schedule).map((lesson) => {
      const id = nextId();
      const isCancelled = place.holidays.has(lesson.date) || random.chance(0.02);
      sink.add(
        'lessons',
        id,
        toLessonColumns({
          courseId,
          date: lesson.date,
          start: lesson.start,
          end: lesson.end,
          isCancelled,
        }),
      );
      return { id, date: lesson.date, isCancelled };
    });
    if (lessons.length === 0) continue;
    // Most lecturers tick who came; one in four keeps a full sheet with the absences too.
    const marksAbsences = random.chance(0.25);

    for (const member of members) {
      const latest = Math.floor(lessons.length / 3);
      const joinsAt = latest > 0 && random.chance(0.2) ? random.int(1, latest) : 0;
      sink.add(
        'enrolments',
        nextId(),
        toNewEnrolmentColumns({
          courseId,
          clientId: member.id,
          enrolledOn: joinsAt === 0 ? startDate : lessons[joinsAt]!.date,
        }),
      );
      const rate = 0.4 + random.next() * 0.5;
      for (const lesson of lessons.slice(joinsAt)) {
        if (lesson.isCancelled) continue;
        const isPresent = random.chance(rate);
        if (!isPresent && !marksAbsences) continue;
        if (isPresent) attended += 1;
        sink.add(
          'attendance',
          attendanceId(lesson.id, member.id),
          toAttendanceColumns({ lessonId: lesson.id, clientId: member.id, isPresent }),
        );
      }
    }
  }
  return attended;
}
