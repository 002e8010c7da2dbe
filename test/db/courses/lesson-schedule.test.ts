import { describe, expect, it } from 'vitest';
import { isoWeekday, planLessons } from '../../../db/contract/lesson-schedule.ts';

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
});
