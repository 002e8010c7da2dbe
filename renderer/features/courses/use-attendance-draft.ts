import { useRef, useState } from 'react';
import type { CourseDetail } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
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
  type CellValue,
  type DraftState,
} from './attendance-draft-state.ts';

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

/**
 * Attendance ticked in the grid but not yet saved. Ticks are kept per lesson, because the API
 * saves one lesson at a time and refuses the whole lesson if one mark is wrong: a refused
 * lesson keeps its ticks and its message until it is saved or the ticks are taken back. The
 * state's changes are attendance-draft-state.ts, tested without React.
 */
export function useAttendanceDraft(
  detail: CourseDetail,
  onSaved: (lessonId: string, present: number) => void,
): AttendanceDraft {
  const [state, setState] = useState<DraftState>(emptyDraft);
  // Leaving the grid and a click can ask to save the same lesson at once; it is sent once.
  const inFlight = useRef(new Set<string>());
  const savedValue = savedValueIn(state, detail);
  const valueOf = (lessonId: string, clientId: string) =>
    cellValue(state, savedValue, lessonId, clientId);

  const setTicks = (lessonId: string, ticks: [string, boolean][]) =>
    setState((previous) => withTicks(previous, lessonId, ticks, savedValue));

  const save = async (lessonId: string): Promise<boolean> => {
    const ticks = state.pending.get(lessonId);
    if (!ticks || ticks.size === 0) return true;
    if (inFlight.current.has(lessonId)) return false;
    inFlight.current.add(lessonId);
    setState((previous) => withSavingStarted(previous, lessonId));
    const result = await call('attendance.mark', {
      lessonId,
      marks: [...ticks].map(([clientId, isPresent]) => ({ clientId, isPresent })),
    });
    inFlight.current.delete(lessonId);
    setState((previous) =>
      withSavingFinished(previous, lessonId, ticks, result.ok ? null : result.error.message),
    );
    if (result.ok) onSaved(lessonId, result.value.present);
    return result.ok;
  };

  const dirtyLessonIds = dirtyLessonIdsOf(state, detail);

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
      setState((previous) => withReverted(previous, lessonId, clientId)),
    discardAll: () => setState(withAllDiscarded),
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
