import { describe, expect, it } from 'vitest';
import type { CourseDetail, Lesson } from '../../../../db/contract/index.ts';
import {
  cellValue,
  dirtyLessonIdsOf,
  emptyDraft,
  savedValueIn,
  withAllDiscarded,
  withReverted,
  withSavingFinished,
  withSavingStarted,
  withTicks,
  type DraftState,
} from '../../../../renderer/features/courses/attendance-draft-state.ts';

const lesson = (id: string, date: string): Lesson => ({
  id,
  courseId: 'course',
  date,
  start: '17:00',
  end: '18:30',
  isCancelled: false,
});

/** Three lessons; at the first, An was present and Sarnai absent; nobody is marked later. */
const detail: CourseDetail = {
  course: {
    id: 'course',
    kind: 'czech_low_threshold',
    title: 'Čeština A1',
    town: 'Liberec',
    venue: '',
    level: 'A1',
    lecturer: '',
    startDate: '2026-11-03',
    endDate: '2026-11-17',
    capacity: null,
    schedule: [{ weekday: 2, start: '17:00', end: '18:30' }],
    participantCount: 3,
    lessonCount: 3,
  },
  lessons: [lesson('l1', '2026-11-03'), lesson('l2', '2026-11-10'), lesson('l3', '2026-11-17')],
  participants: [],
  marks: [
    { lessonId: 'l1', clientId: 'an', isPresent: true },
    { lessonId: 'l1', clientId: 'sarnai', isPresent: false },
  ],
  attendanceRate: null,
};

/** The grid's draft as useAttendanceDraft drives it: each action reads the state of its render. */
function grid() {
  let state: DraftState = emptyDraft();
  const valueOf = (lessonId: string, clientId: string) =>
    cellValue(state, savedValueIn(state, detail), lessonId, clientId);
  const tick = (lessonId: string, ticks: [string, boolean][]) => {
    state = withTicks(state, lessonId, ticks, savedValueIn(state, detail));
  };
  return {
    get state() {
      return state;
    },
    valueOf,
    toggle: (lessonId: string, clientId: string) =>
      tick(lessonId, [[clientId, valueOf(lessonId, clientId).isPresent !== true]]),
    markAllPresent: (lessonId: string, clientIds: string[]) =>
      tick(
        lessonId,
        clientIds.map((id) => [id, true]),
      ),
    /** Starts saving a lesson: what the attendance.mark call sends. */
    startSaving(lessonId: string) {
      const sent = state.pending.get(lessonId) ?? new Map<string, boolean>();
      state = withSavingStarted(state, lessonId);
      return {
        sent,
        finish: (error: string | null = null) => {
          state = withSavingFinished(state, lessonId, sent, error);
        },
      };
    },
    revert: (lessonId: string, clientId: string) => {
      state = withReverted(state, lessonId, clientId);
    },
    discardAll: () => {
      state = withAllDiscarded(state);
    },
    dirty: () => dirtyLessonIdsOf(state, detail),
  };
}

describe('the attendance draft', () => {
  it('shows the course’s marks, and a tick over them as pending', () => {
    const draft = grid();
    expect(draft.valueOf('l1', 'an')).toEqual({ isPresent: true, isPending: false });
    expect(draft.valueOf('l1', 'sarnai')).toEqual({ isPresent: false, isPending: false });
    expect(draft.valueOf('l2', 'an')).toEqual({ isPresent: undefined, isPending: false });
    draft.toggle('l1', 'sarnai');
    expect(draft.valueOf('l1', 'sarnai')).toEqual({ isPresent: true, isPending: true });
    expect(draft.dirty()).toEqual(['l1']);
  });

  it('counts a tick put back to what is saved as no change, and drops the lesson', () => {
    const draft = grid();
    draft.toggle('l1', 'an');
    expect(draft.valueOf('l1', 'an')).toEqual({ isPresent: false, isPending: true });
    draft.toggle('l1', 'an');
    expect(draft.valueOf('l1', 'an')).toEqual({ isPresent: true, isPending: false });
    expect(draft.state.pending.has('l1')).toBe(false);
    expect(draft.dirty()).toEqual([]);
  });

  it('marks everyone present, leaving out who already is, and lists lessons in course order', () => {
    const draft = grid();
    draft.toggle('l3', 'an');
    draft.markAllPresent('l1', ['an', 'sarnai', 'taras']);
    expect([...draft.state.pending.get('l1')!]).toEqual([
      ['sarnai', true],
      ['taras', true],
    ]);
    expect(draft.dirty()).toEqual(['l1', 'l3']);
  });

  it('keeps a refused lesson’s ticks with the message, until a save goes through', () => {
    const draft = grid();
    draft.toggle('l2', 'an');
    const refused = draft.startSaving('l2');
    expect(draft.state.saving.has('l2')).toBe(true);
    refused.finish('Lekce byla zrušena');
    expect(draft.state.saving.size).toBe(0);
    expect(draft.state.errors.get('l2')).toBe('Lekce byla zrušena');
    expect(draft.valueOf('l2', 'an')).toEqual({ isPresent: true, isPending: true });

    draft.startSaving('l2').finish();
    expect(draft.state.errors.size).toBe(0);
    expect(draft.valueOf('l2', 'an')).toEqual({ isPresent: true, isPending: false });
    expect(draft.dirty()).toEqual([]);
  });

  it('keeps a tick made while its lesson was being saved, to be saved next', () => {
    const draft = grid();
    draft.toggle('l2', 'an');
    draft.toggle('l2', 'sarnai');
    const saving = draft.startSaving('l2');
    expect([...saving.sent]).toEqual([
      ['an', true],
      ['sarnai', true],
    ]);
    draft.toggle('l2', 'an'); // Present → absent while the call is under way.
    saving.finish();
    expect(draft.valueOf('l2', 'sarnai')).toEqual({ isPresent: true, isPending: false });
    expect(draft.valueOf('l2', 'an')).toEqual({ isPresent: false, isPending: true });
    // What this visit saved counts as saved: ticking An back to present is no change.
    draft.toggle('l2', 'an');
    expect(draft.dirty()).toEqual([]);
  });

  it('takes back one tick, or all of them with their messages, keeping what was saved', () => {
    const draft = grid();
    draft.toggle('l2', 'an');
    draft.startSaving('l2').finish();
    draft.toggle('l3', 'an');
    draft.toggle('l3', 'sarnai');
    draft.revert('l3', 'an');
    expect([...draft.state.pending.get('l3')!.keys()]).toEqual(['sarnai']);
    draft.startSaving('l3').finish('Neplatné');
    draft.toggle('l1', 'an');
    draft.discardAll();
    expect(draft.state.pending.size).toBe(0);
    expect(draft.state.errors.size).toBe(0);
    expect(draft.valueOf('l2', 'an')).toEqual({ isPresent: true, isPending: false });
    expect(draft.valueOf('l1', 'an')).toEqual({ isPresent: true, isPending: false });
  });
});
