/**
 * A placeholder for the id of a real record. The generator cannot know which records exist when
 * a call runs (earlier calls create and delete them), so it picks "the n-th client" and the
 * worker turns that into a real id against the database as it is at that moment.
 */
export const refKinds = [
  'client',
  'anyClient',
  'mergedClient',
  'enrolledClient',
  'act',
  'course',
  'lesson',
  'courseLesson',
  'courseDay',
  'enrolment',
  'book',
  'loan',
  'openLoan',
  'serviceType',
  'importJob',
  'tallyType',
  'tallyDate',
  'tallyTown',
] as const;
export type RefKind = (typeof refKinds)[number];

export interface Ref {
  $fuzzRef: RefKind;
  pick: number;
}

/** Kinds that depend on the course the call is about (see RefResolver.courseOf). */
export const courseRefKinds: ReadonlySet<RefKind> = new Set([
  'enrolledClient',
  'courseLesson',
  'courseDay',
]);

export function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && '$fuzzRef' in value;
}

export function ref(kind: RefKind, pick: number): Ref {
  return { $fuzzRef: kind, pick };
}
