import { useRef, useState } from 'react';
import type { CourseDetail } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

/** Client id → present, for one lesson. */
type LessonTicks = ReadonlyMap<string, boolean>;

interface DraftState {
  /** Ticks not saved yet, per lesson. */
  pending: ReadonlyMap<string, LessonTicks>;
  /** Ticks saved in this visit ("lesson:client"), shown until the course is read again. */
  saved: ReadonlyMap<string, boolean>;
  saving: ReadonlySet<string>;
  /** The API's refusal, per lesson; the ticks stay pending until saved or taken back. */
  errors: ReadonlyMap<string, string>;
}

export interface CellValue {
  /** Present, absent, or not recorded at all. */
  isPresent: boolean | undefined;
  isPending: boolean;
}

export interface AttendanceDraft {
  valueOf: (lessonId: string, clientId: string) => CellValue;
  toggle: (lessonId: string, clientId: string) => void;
  markAllPresent: (lessonId: string, clientIds: string[]) => void;
  revert: (lessonId: string, clientId: string) => void;
  discardAll: () => void;
  /** Saves one lesson's changes with one attendance.mark call; true when nothing is left. */
  save: (lessonId: string) => Promise<boolean>;
  saveAll: () => Promise<boolean>;
  pendingCount: (lessonId: string) => number;
  dirtyLessonIds: string[];
  isSaving: (lessonId: string) => boolean;
  isBusy: boolean;
  errors: ReadonlyMap<string, string>;
}

const markKey = (lessonId: string, clientId: string) => `${lessonId}:${clientId}`;

/** The pending ticks with one lesson's replaced; a lesson left with none is dropped. */
function withLesson(
  pending: ReadonlyMap<string, LessonTicks>,
  lessonId: string,
  ticks: LessonTicks,
): ReadonlyMap<string, LessonTicks> {
  const next = new Map(pending);
  if (ticks.size === 0) next.delete(lessonId);
  else next.set(lessonId, ticks);
  return next;
}

/**
 * Attendance ticked in the grid but not yet saved. Ticks are kept per lesson, because the API
 * saves one lesson at a time and refuses the whole lesson if one mark is wrong: a refused
 * lesson keeps its ticks and its message until it is saved or the ticks are taken back.
 */
export function useAttendanceDraft(
  detail: CourseDetail,
  onSaved: (lessonId: string, present: number) => void,
): AttendanceDraft {
  const [state, setState] = useState<DraftState>({
    pending: new Map(),
    saved: new Map(),
    saving: new Set(),
    errors: new Map(),
  });
  // Leaving the grid and a click can ask to save the same lesson at once; it is sent once.
  const inFlight = useRef(new Set<string>());
  const fromServer = new Map(
    detail.marks.map((mark) => [markKey(mark.lessonId, mark.clientId), mark.isPresent]),
  );

  const savedValue = (lessonId: string, clientId: string): boolean | undefined =>
    state.saved.get(markKey(lessonId, clientId)) ?? fromServer.get(markKey(lessonId, clientId));

  const valueOf = (lessonId: string, clientId: string): CellValue => {
    const pending = state.pending.get(lessonId)?.get(clientId);
    return pending === undefined
      ? { isPresent: savedValue(lessonId, clientId), isPending: false }
      : { isPresent: pending, isPending: true };
  };

  const setTicks = (lessonId: string, ticks: [string, boolean][]) =>
    setState((previous) => {
      const lesson = new Map(previous.pending.get(lessonId));
      for (const [clientId, isPresent] of ticks) {
        // A tick put back to what is saved is no change at all.
        if (savedValue(lessonId, clientId) === isPresent) lesson.delete(clientId);
        else lesson.set(clientId, isPresent);
      }
      return { ...previous, pending: withLesson(previous.pending, lessonId, lesson) };
    });

  const finishSaving = (lessonId: string, ticks: LessonTicks, error: string | null) =>
    setState((previous) => {
      const saving = new Set(previous.saving);
      saving.delete(lessonId);
      const errors = new Map(previous.errors);
      if (error !== null) return { ...previous, saving, errors: errors.set(lessonId, error) };
      errors.delete(lessonId);
      const saved = new Map(previous.saved);
      const lesson = new Map(previous.pending.get(lessonId));
      for (const [clientId, isPresent] of ticks) {
        saved.set(markKey(lessonId, clientId), isPresent);
        // Ticked again while the call was under way: that newer tick is still to be saved.
        if (lesson.get(clientId) === isPresent) lesson.delete(clientId);
      }
      return { pending: withLesson(previous.pending, lessonId, lesson), saved, saving, errors };
    });

  const save = async (lessonId: string): Promise<boolean> => {
    const ticks = state.pending.get(lessonId);
    if (!ticks || ticks.size === 0) return true;
    if (inFlight.current.has(lessonId)) return false;
    inFlight.current.add(lessonId);
    setState((previous) => ({ ...previous, saving: new Set(previous.saving).add(lessonId) }));
    const result = await call('attendance.mark', {
      lessonId,
      marks: [...ticks].map(([clientId, isPresent]) => ({ clientId, isPresent })),
    });
    inFlight.current.delete(lessonId);
    finishSaving(lessonId, ticks, result.ok ? null : result.error.message);
    if (result.ok) onSaved(lessonId, result.value.present);
    return result.ok;
  };

  const dirtyLessonIds = detail.lessons
    .map((lesson) => lesson.id)
    .filter((id) => (state.pending.get(id)?.size ?? 0) > 0);

  return {
    valueOf,
    toggle: (lessonId, clientId) =>
      setTicks(lessonId, [[clientId, valueOf(lessonId, clientId).isPresent !== true]]),
    markAllPresent: (lessonId, clientIds) =>
      setTicks(
        lessonId,
        clientIds.map((id) => [id, true]),
      ),
    revert: (lessonId, clientId) =>
      setState((previous) => {
        const lesson = new Map(previous.pending.get(lessonId));
        lesson.delete(clientId);
        return { ...previous, pending: withLesson(previous.pending, lessonId, lesson) };
      }),
    discardAll: () =>
      setState((previous) => ({ ...previous, pending: new Map(), errors: new Map() })),
    save,
    saveAll: async () => {
      let isAllSaved = true;
      for (const lessonId of dirtyLessonIds) isAllSaved = (await save(lessonId)) && isAllSaved;
      return isAllSaved;
    },
    pendingCount: (lessonId) => state.pending.get(lessonId)?.size ?? 0,
    dirtyLessonIds,
    isSaving: (lessonId) => state.saving.has(lessonId),
    isBusy: state.saving.size > 0,
    errors: state.errors,
  };
}
