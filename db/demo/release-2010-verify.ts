import type { PeriodReport } from '../contract/reports.ts';
import { courseSpecs } from './release-2010-courses.ts';
import { nationalityCounts } from './release-2010-people.ts';
import { release2010Figures as figures } from './release-2010-plan.ts';

const countOf = <T extends { clients: number }>(rows: T[], match: (row: T) => boolean) =>
  rows.find(match)?.clients;

/**
 * The figures of FIGURES.md the report does not show as it should, one line each. The generator
 * checks these before it commits, so a broken plan fails loudly instead of shipping wrong data.
 */
export function release2010Differences(report: PeriodReport): string[] {
  const courses = (kind: string) => report.courses.find((row) => row.kind === kind)?.courses;
  const czechTowns = [...new Set(courseSpecs.map((spec) => spec.town))].sort();
  const checks: [string, unknown, unknown][] = [
    ['clients', figures.clients, report.clients],
    ['countries', Object.keys(nationalityCounts).length, report.countries],
    ['acts', figures.acts, report.acts],
    ['actsPerClient', 6.16, report.actsPerClient],
    ...['VN', 'MN', 'UA', 'RU'].map((code): [string, unknown, unknown] => [
      code,
      nationalityCounts[code],
      countOf(report.byNationality, (row) => row.country === code),
    ]),
    ['czech_course', figures.czechCourse, type(report, 'czech_course')],
    ['social_legal_counselling', figures.counselling, type(report, 'social_legal_counselling')],
    ['sociocultural_course', figures.sociocultural, type(report, 'sociocultural_course')],
    ['pc_course', figures.pc, type(report, 'pc_course')],
    ['czech_low_threshold courses', 16, courses('czech_low_threshold')],
    ['czech_intensive courses', 2, courses('czech_intensive')],
    [
      'towns with Czech courses',
      czechTowns.join(', '),
      czechTowns
        .filter((town) => report.byTown.some((row) => row.town === town && row.courses > 0))
        .join(', '),
    ],
  ];
  return checks
    .filter(([, expected, actual]) => expected !== actual)
    .map(
      ([name, expected, actual]) => `${name}: expected ${String(expected)}, got ${String(actual)}`,
    );
}

function type(report: PeriodReport, code: string) {
  return countOf(report.byServiceType, (row) => row.type === code);
}
