import type { CourseDetail } from '../../../db/contract/index.ts';

/** Client id → present, for one lesson. */
export type LessonTicks = ReadonlyMap<string, boolean>;

/**
 * The attendance grid's unsaved work, as plain values: each change below returns a new state,
 * so useAttendanceDraft only wires them to React and the API, and they are tested without it.
 */
export interface DraftState {
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

/** What is saved for one cell: this visit's saves first, then the course as read. */
export type SavedValue = (lessonId: string, clientId: string) => boolean | undefined;

export const markKey = (lessonId: string, clientId: string) => `${lessonId}:${clientId}`;

export function emptyDraft(): DraftState {
  return { pending: new Map(), saved: new Map(), saving: new Set(), errors: new Map() };
}

export function savedValueIn(state: DraftState, detail: CourseDetail): SavedValue {
  const fromServer = new Map(
    detail.marks.map((mark) => [markKey(mark.lessonId, mark.clientId), mark.isPresent]),
  );
  return (lessonId, clientId) =>
    state.saved.get(markKey(lessonId, clientId)) ?? fromServer.get(markKey(lessonId, clientId));
}

export function cellValue(
  state: DraftState,
  savedValue: SavedValue,
  lessonId: string,
  clientId: string,
): CellValue {
  const pending = state.pending.get(lessonId)?.get(clientId);
  return pending === undefined
    ? { isPresent: savedValue(lessonId, clientId), isPending: false }
    : { isPresent: pending, isPending: true };
}

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

/** Ticks put into one lesson; a tick put back to what is saved is no change at all. */
export function withTicks(
  state: DraftState,
  lessonId: string,
  ticks: [string, boolean][],
  savedValue: SavedValue,
): DraftState {
  const lesson = new Map(state.pending.get(lessonId));
  for (const [clientId, isPresent] of ticks) {
    if (savedValue(lessonId, clientId) === isPresent) lesson.delete(clientId);
    else lesson.set(clientId, isPresent);
  }
  return { ...state, pending: withLesson(state.pending, lessonId, lesson) };
}

export function withReverted(state: DraftState, lessonId: string, clientId: string): DraftState {
  const lesson = new Map(state.pending.get(lessonId));
  lesson.delete(clientId);
  return { ...state, pending: withLesson(state.pending, lessonId, lesson) };
}

export function withAllDiscarded(state: DraftState): DraftState {
  return { ...state, pending: new Map(), errors: new Map() };
}

export function withSavingStarted(state: DraftState, lessonId: string): DraftState {
  return { ...state, saving: new Set(state.saving).add(lessonId) };
}

/**
 * One lesson's save answered: a refusal keeps its ticks with the message; a success marks the
 * sent ticks saved and leaves pending only what was ticked again while the call was under way.
 */
export function withSavingFinished(
  state: DraftState,
  lessonId: string,
  sent: LessonTicks,
  error: string | null,
): DraftState {
  const saving = new Set(state.saving);
  saving.delete(lessonId);
  const errors = new Map(state.errors);
  if (error !== null) return { ...state, saving, errors: errors.set(lessonId, error) };
  errors.delete(lessonId);
  const saved = new Map(state.saved);
  const lesson = new Map(state.pending.get(lessonId));
  for (const [clientId, isPresent] of sent) {
    saved.set(markKey(lessonId, clientId), isPresent);
    // Ticked again while the call was under way: that newer tick is still to be saved.
    if (lesson.get(clientId) === isPresent) lesson.delete(clientId);
  }
  return { pending: withLesson(state.pending, lessonId, lesson), saved, saving, errors };
}

/** The course's lessons with unsaved ticks, in the course's order. */
export function dirtyLessonIdsOf(state: DraftState, detail: CourseDetail): string[] {
  return detail.lessons
    .map((lesson) => lesson.id)
    .filter((id) => (state.pending.get(id)?.size ?? 0) > 0);
}
