import { describe, expect, it } from 'vitest';
import { isoWeekday, maxCourseLessons, planLessons } from '../../../db/contract/lesson-schedule.ts';
import { monthsOf } from '../../../db/reports/monthly-figures.ts';

describe('lessons from a weekly schedule', () => {
  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-11-23')).toBe(1); // Monday
    expect(isoWeekday('2026-11-29')).toBe(7); // Sunday
  });

  it('gives every scheduled lesson between the first and last day, in order', () => {
    const lessons = planLessons('2026-11-23', '2026-12-06', [
      { weekday: 4, start: '17:00', end: '18:30' },
      { weekday: 2, start: '09:00', end: '10:30' },
    ]);
    expect(lessons.map((l) => `${l.date} ${l.start}`)).toEqual([
      '2026-11-24 09:00',
      '2026-11-26 17:00',
      '2026-12-01 09:00',
      '2026-12-03 17:00',
    ]);
  });

  it('crosses month and year ends and gives none without a schedule', () => {
    expect(
      planLessons('2026-12-28', '2027-01-05', [{ weekday: 5, start: '10:00', end: '11:00' }]).map(
        (l) => l.date,
      ),
    ).toEqual(['2027-01-01']);
    expect(planLessons('2026-01-01', '2026-12-31', [])).toEqual([]);
  });

  it('ends its walk by counting, also where date strings stop sorting (after 9999-12-31)', () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      start: '09:00',
      end: '10:00',
    }));
    const started = performance.now();
    const lessons = planLessons('2026-01-05', '9999-12-31', everyDay);
    expect(performance.now() - started).toBeLessThan(500);
    // One past the most a course may have: enough for the contract to say "too many".
    expect(lessons).toHaveLength(maxCourseLessons + 1);
    expect(planLessons('9999-12-25', '9999-12-31', everyDay)).toHaveLength(7);
    expect(planLessons('not a date', '2026-01-01', everyDay)).toEqual([]);
    expect(planLessons('2026-02-01', '2026-01-01', everyDay)).toEqual([]);
  });
});

describe('months of a report period', () => {
  it('counts the months instead of comparing their keys', () => {
    expect(monthsOf('9999-11-15', '9999-12-31')).toEqual(['9999-11', '9999-12']);
    expect(monthsOf('1900-01-01', '2100-12-31')).toHaveLength(201 * 12);
  });
});
