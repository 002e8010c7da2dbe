import { describe, expect, it } from 'vitest';
import { lessonStatus } from '../../../../renderer/features/courses/lesson-status.ts';

/** Issue 13.7: what the course page says of a lesson, by the day and the time of day. */
describe('a lesson’s state on the course page', () => {
  const lesson = { date: '2026-12-03', start: '17:00', end: '18:30', isCancelled: false };
  const at = (date: string, time: string) => ({ date, time });

  it('is later today before it starts, under way while it runs, then held or unrecorded', () => {
    expect(lessonStatus(lesson, false, at('2026-12-03', '10:00'))).toEqual({
      kind: 'laterToday',
      time: '17:00',
    });
    expect(lessonStatus(lesson, false, at('2026-12-03', '17:30'))).toEqual({ kind: 'running' });
    expect(lessonStatus(lesson, false, at('2026-12-03', '18:30'))).toEqual({
      kind: 'heldUnrecorded',
    });
    expect(lessonStatus(lesson, true, at('2026-12-03', '17:45'))).toEqual({ kind: 'held' });
  });

  it('is planned on a later day, and cancelled whatever the time', () => {
    expect(lessonStatus(lesson, false, at('2026-12-02', '20:00'))).toEqual({ kind: 'planned' });
    expect(
      lessonStatus({ ...lesson, isCancelled: true }, false, at('2026-12-03', '10:00')),
    ).toEqual({ kind: 'cancelled' });
    expect(lessonStatus(lesson, false, at('2026-12-04', '08:00'))).toEqual({
      kind: 'heldUnrecorded',
    });
  });
});
