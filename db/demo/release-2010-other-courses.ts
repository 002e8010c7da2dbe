import type { CourseKind, WeeklySlot } from '../contract/courses.ts';
import { type CourseSpec, evening, slot, venues } from './release-2010-courses.ts';

/** Sociocultural and PC courses: participants are chosen by service, not by town. */
export type OtherCourseSpec = Omit<CourseSpec, 'newcomers' | 'continuing'> & { size: number };

export const otherCourseSpecs: OtherCourseSpec[] = [
  other(
    'sociocultural',
    'Orientace v české společnosti',
    'Liberec',
    ['2010-06-08', '2010-06-29'],
    evening(2),
    20,
  ),
  other(
    'sociocultural',
    'Život v Česku: úřady, zdravotnictví, škola',
    'Jablonec nad Nisou',
    ['2010-10-05', '2010-11-23'],
    evening(2),
    18,
  ),
  other(
    'sociocultural',
    'Sociokulturní minimum (s tlumočením do mongolštiny)',
    'Česká Lípa',
    ['2010-10-07', '2010-11-25'],
    evening(4),
    15,
  ),
  other(
    'pc',
    'Základy práce s počítačem',
    'Liberec',
    ['2010-09-20', '2010-11-22'],
    [slot(1, '15:00', '16:30')],
    9,
  ),
  other(
    'pc',
    'Internet, e-mail a úřady online',
    'Liberec',
    ['2010-10-06', '2010-12-15'],
    [slot(3, '15:00', '16:30')],
    8,
  ),
];

function other(
  kind: CourseKind,
  title: string,
  town: string,
  dates: [string, string],
  schedule: WeeklySlot[],
  size: number,
) {
  return {
    kind,
    title,
    town,
    venue: venues[town]!,
    level: '',
    lecturer: kind === 'pc' ? 'Ing. Martin Souček' : 'Mgr. Kateřina Nováková',
    startDate: dates[0],
    endDate: dates[1],
    capacity: kind === 'pc' ? 10 : null,
    schedule,
    size,
  };
}
