import type { CourseKind, WeeklySlot } from '../contract/courses.ts';

/**
 * The courses of the centre's first eight months (May–December 2010): a spring term, summer
 * courses for shift workers, an autumn term, two intensive courses in Liberec, and the
 * sociocultural and PC courses. `newcomers` is how many people start in the course as their
 * first course; `continuing` brings people over from an earlier course of the same town.
 */
export interface CourseSpec {
  kind: CourseKind;
  title: string;
  town: string;
  venue: string;
  level: string;
  lecturer: string;
  startDate: string;
  endDate: string;
  capacity: number | null;
  schedule: WeeklySlot[];
  newcomers: number;
  continuing?: { from: number; count: number };
}

export const slot = (weekday: number, start: string, end: string): WeeklySlot => ({
  weekday,
  start,
  end,
});
export const evening = (...days: number[]) => days.map((day) => slot(day, '17:00', '18:30'));

export const venues: Record<string, string> = {
  Liberec: 'Centrum, Rumjancevova 1362/1, učebna 2',
  'Jablonec nad Nisou': 'Městská knihovna, Dolní náměstí 1',
  'Česká Lípa': 'Komunitní centrum, Jiráskova 15',
  'Stráž pod Ralskem': 'Kulturní dům, Mírová 120',
  Turnov: 'Základní škola, Skálova 600',
};

function czech(
  town: string,
  title: string,
  level: string,
  dates: [string, string],
  schedule: WeeklySlot[],
  newcomers: number,
  lecturer: string,
  continuing?: { from: number; count: number },
): CourseSpec {
  return {
    kind: 'czech_low_threshold',
    title,
    town,
    venue: venues[town]!,
    level,
    lecturer,
    startDate: dates[0],
    endDate: dates[1],
    capacity: null,
    schedule,
    newcomers,
    ...(continuing ? { continuing } : {}),
  };
}

const beginners = 'Čeština pro začátečníky';
const further = 'Čeština pro mírně pokročilé';
const saturday = [slot(6, '09:00', '11:00')];

/** Index order matters: `continuing.from` points at an earlier entry. */
export const courseSpecs: CourseSpec[] = [
  // 0–5 Liberec
  czech(
    'Liberec',
    `${beginners} (jaro)`,
    'A0',
    ['2010-05-10', '2010-06-30'],
    evening(1, 3),
    22,
    'Mgr. Jana Horáková',
  ),
  czech(
    'Liberec',
    `${further} (jaro)`,
    'A1',
    ['2010-05-11', '2010-06-29'],
    evening(2),
    15,
    'Mgr. Jana Horáková',
  ),
  czech(
    'Liberec',
    beginners,
    'A0',
    ['2010-09-06', '2010-12-22'],
    evening(1, 3),
    36,
    'Mgr. Jana Horáková',
    { from: 0, count: 5 },
  ),
  czech(
    'Liberec',
    further,
    'A1',
    ['2010-09-07', '2010-12-21'],
    evening(2, 4),
    30,
    'Bc. Tomáš Kubát',
    { from: 1, count: 5 },
  ),
  czech(
    'Liberec',
    'Čeština A2 – konverzace',
    'A2',
    ['2010-09-09', '2010-12-16'],
    evening(4),
    16,
    'Bc. Tomáš Kubát',
  ),
  czech(
    'Liberec',
    'Čeština pro maminky s dětmi',
    'A0',
    ['2010-09-14', '2010-12-14'],
    [slot(2, '09:30', '11:00')],
    11,
    'Mgr. Lucie Šťastná',
  ),
  // 6–8 Jablonec nad Nisou
  czech(
    'Jablonec nad Nisou',
    `${beginners} (jaro)`,
    'A0',
    ['2010-05-12', '2010-06-30'],
    evening(3),
    20,
    'Mgr. Lucie Šťastná',
  ),
  czech(
    'Jablonec nad Nisou',
    beginners,
    'A0',
    ['2010-09-08', '2010-12-22'],
    evening(3),
    28,
    'Mgr. Lucie Šťastná',
    { from: 6, count: 4 },
  ),
  czech(
    'Jablonec nad Nisou',
    further,
    'A1',
    ['2010-09-13', '2010-12-20'],
    evening(1),
    16,
    'Mgr. Lucie Šťastná',
  ),
  // 9–11 Česká Lípa
  czech(
    'Česká Lípa',
    `${beginners} (jaro)`,
    'A0',
    ['2010-05-13', '2010-06-24'],
    evening(4),
    22,
    'PhDr. Alena Veselá',
  ),
  czech(
    'Česká Lípa',
    beginners,
    'A0',
    ['2010-09-09', '2010-12-16'],
    evening(4),
    32,
    'PhDr. Alena Veselá',
    { from: 9, count: 4 },
  ),
  czech(
    'Česká Lípa',
    further,
    'A1',
    ['2010-09-14', '2010-12-21'],
    evening(2),
    16,
    'PhDr. Alena Veselá',
  ),
  // 12–13 Stráž pod Ralskem: Saturday mornings suit the factory shifts
  czech(
    'Stráž pod Ralskem',
    'Čeština pro pracovníky (sobotní)',
    'A0',
    ['2010-06-05', '2010-09-25'],
    saturday,
    38,
    'Mgr. Pavel Dvořák',
  ),
  czech(
    'Stráž pod Ralskem',
    'Čeština pro pracovníky – pokračování',
    'A1',
    ['2010-10-02', '2010-12-18'],
    saturday,
    34,
    'Mgr. Pavel Dvořák',
    { from: 12, count: 6 },
  ),
  // 14–15 Turnov
  czech(
    'Turnov',
    `${beginners} (jaro)`,
    'A0',
    ['2010-05-17', '2010-06-28'],
    evening(1),
    14,
    'Mgr. Eva Málková',
  ),
  czech(
    'Turnov',
    beginners,
    'A0',
    ['2010-09-13', '2010-12-20'],
    evening(1),
    24,
    'Mgr. Eva Málková',
    { from: 14, count: 3 },
  ),
  // 16–17 intensive courses, Liberec
  {
    ...czech(
      'Liberec',
      'Intenzivní letní kurz češtiny',
      'A1',
      ['2010-07-05', '2010-08-26'],
      [1, 2, 3, 4].map((day) => slot(day, '09:00', '12:00')),
      10,
      'Bc. Tomáš Kubát',
      { from: 0, count: 6 },
    ),
    kind: 'czech_intensive',
    capacity: 16,
  },
  {
    ...czech(
      'Liberec',
      'Intenzivní příprava na zkoušku A1 k trvalému pobytu',
      'A1',
      ['2010-10-04', '2010-11-25'],
      [1, 2, 4].map((day) => slot(day, '17:00', '19:30')),
      8,
      'Mgr. Jana Horáková',
      { from: 3, count: 8 },
    ),
    kind: 'czech_intensive',
    capacity: 16,
  },
];
