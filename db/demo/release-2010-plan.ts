import { planLessons } from '../contract/lesson-schedule.ts';
import type { GeneratedClient } from './client-generator.ts';
import { lessonCancelled, periodFrom, periodTo, sample, shuffle } from './release-2010-calendar.ts';
import { type CourseSpec, courseSpecs } from './release-2010-courses.ts';
import type { PlannedLoan } from './release-2010-library.ts';
import { type OtherCourseSpec, otherCourseSpecs } from './release-2010-other-courses.ts';
import { planPeople } from './release-2010-people.ts';
import { type PlannedAct, type PlannedTally, planServices } from './release-2010-services.ts';
import { allocateAttendance, type PlannedEnrolment } from './release-2010-attendance.ts';
import type { Random } from './random.ts';

/** The press release's figures (FIGURES.md) the plan is built to meet exactly. */
export const release2010Figures = {
  clients: 476,
  acts: 2934,
  czechCourse: 392,
  counselling: 42,
  sociocultural: 53,
  pc: 17,
};

export interface PlannedCourse {
  spec: Omit<CourseSpec, 'newcomers' | 'continuing'> | Omit<OtherCourseSpec, 'size'>;
  lessons: { date: string; start: string; end: string; isCancelled: boolean }[];
  enrolments: PlannedEnrolment[];
}

export interface Release2010Plan {
  people: GeneratedClient[];
  courses: PlannedCourse[];
  acts: PlannedAct[];
  loans: PlannedLoan[];
  tallies: PlannedTally[];
}

/** People with no Czech course, by the service that brought them in (84 in all). */
const otherwiseServed = { counselling: 17, sociocultural: 18, pc: 7, library: 22, internet: 20 };

function lessonsOf(random: Random, spec: Pick<CourseSpec, 'startDate' | 'endDate' | 'schedule'>) {
  const planned = planLessons(spec.startDate, spec.endDate, spec.schedule);
  // Besides holidays, a long course loses the odd lesson to a sick lecturer.
  return planned.map((lesson) => ({
    ...lesson,
    isCancelled: lessonCancelled(lesson.date) || (planned.length > 8 && random.chance(0.02)),
  }));
}

/** Splits `items` into consecutive groups of the given sizes, checking they add up. */
function split<T>(items: readonly T[], sizes: number[], what: string): T[][] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total !== items.length) throw new Error(`${what}: ${total} places for ${items.length}`);
  let start = 0;
  return sizes.map((size) => items.slice(start, (start += size)));
}

/** The whole data set in memory: who comes to what, when, and which lessons they attend. */
export function planRelease2010(random: Random): Release2010Plan {
  const people = planPeople(random);
  const order = shuffle(
    random,
    people.map((_, index) => index),
  );
  const czech = order.slice(0, release2010Figures.czechCourse);
  const [counsellingOnly, socioOnly, pcOnly, libraryOnly, internetOnly] = split(
    order.slice(release2010Figures.czechCourse),
    Object.values(otherwiseServed),
    'people outside Czech courses',
  ) as [number[], number[], number[], number[], number[]];

  const courses: PlannedCourse[] = [];
  const members: number[][] = [];
  const newcomers = split(
    czech,
    courseSpecs.map((spec) => spec.newcomers),
    'Czech course newcomers',
  );
  courseSpecs.forEach(({ newcomers: _n, continuing, ...spec }, index) => {
    const clients = [...newcomers[index]!];
    if (continuing) clients.push(...sample(random, members[continuing.from]!, continuing.count));
    members.push(clients);
    for (const client of newcomers[index]!) people[client]!.town = spec.town;
    courses.push({ spec, lessons: lessonsOf(random, spec), enrolments: [] });
    courses[index]!.enrolments = clients.map((client) => ({
      client,
      // Low-threshold courses take people in as they come; some join mid-term.
      joinsLate: random.chance(0.25),
      enrolledOn: '',
      present: [],
      absent: [],
    }));
  });
  for (const client of [
    ...counsellingOnly,
    ...socioOnly,
    ...pcOnly,
    ...libraryOnly,
    ...internetOnly,
  ]) {
    people[client]!.town = random.chance(0.6) ? 'Liberec' : random.pick(courseSpecs).town;
  }

  const pick = (count: number) => sample(random, czech, count);
  const sociocultural = shuffle(random, [...socioOnly, ...pick(35)]);
  const pc = shuffle(random, [...pcOnly, ...pick(10)]);
  const participants = [
    ...split(
      sociocultural,
      otherCourseSpecs.filter((s) => s.kind === 'sociocultural').map((s) => s.size),
      'sociocultural',
    ),
    ...split(
      pc,
      otherCourseSpecs.filter((s) => s.kind === 'pc').map((s) => s.size),
      'pc',
    ),
  ];
  otherCourseSpecs.forEach(({ size: _s, ...spec }, index) => {
    courses.push({
      spec,
      lessons: lessonsOf(random, spec),
      enrolments: participants[index]!.map((client) => ({
        client,
        joinsLate: false,
        enrolledOn: '',
        present: [],
        absent: [],
      })),
    });
  });

  const services = planServices(random, people, {
    counselling: [...counsellingOnly, ...pick(25)],
    library: [...libraryOnly, ...sample(random, order, 45)],
    internet: [...internetOnly, ...sample(random, order, 30)],
  });
  const handRecorded = services.acts.length + services.loans.length;
  allocateAttendance(random, courses, release2010Figures.acts - handRecorded);
  datePeople(people, courses, services.acts, services.loans);
  return { people, courses, ...services };
}

/** First contact and consent on the day a person first came (all inside the period). */
function datePeople(
  people: GeneratedClient[],
  courses: PlannedCourse[],
  acts: PlannedAct[],
  loans: PlannedLoan[],
) {
  const first = new Map<number, string>();
  const seen = (client: number, date: string) => {
    const known = first.get(client);
    if (known === undefined || date < known) first.set(client, date);
  };
  for (const course of courses) for (const e of course.enrolments) seen(e.client, e.enrolledOn);
  for (const item of [...acts, ...loans]) seen(item.client, item.date);
  people.forEach((person, index) => {
    const date = first.get(index);
    if (date === undefined || date < periodFrom || date > periodTo) {
      throw new Error(`client ${index} has no first contact in the period`);
    }
    person.firstContact = date;
    person.consentDate = date;
  });
}
