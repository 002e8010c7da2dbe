import {
  type CourseKind,
  courseCreateInput,
  courseKindLabels,
  courseKinds,
} from '../contract/courses.ts';
import {
  type CheckContext,
  parsedOrProblem,
  requiredValue,
  type RowCursor,
  schemaProblems,
  definingRefs,
  type DefinedRefs,
} from './check-context.ts';
import { foldName } from './header-names.ts';
import { parseLegacyDate } from './legacy-values.ts';

const columnOfField: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  town: 'town',
  level: 'level',
  lecturer: 'lecturer',
  startDate: 'start_date',
  endDate: 'end_date',
};

/** A kind's code or its Czech/English label ("PC kurz"). */
function parseCourseKind(text: string): CourseKind | null {
  const key = foldName(text);
  return (
    courseKinds.find((kind) =>
      [kind, courseKindLabels[kind].cs, courseKindLabels[kind].en].map(foldName).includes(key),
    ) ?? null
  );
}

/** The dates a course runs, by ref, for checking attendance against them. */
export type CourseDates = Map<string, { start: string; end: string }>;

/** courses.csv: each row a course through the course form's schema (no weekly schedule). */
export function courseRowChecker(context: CheckContext, defined: DefinedRefs, dates: CourseDates) {
  const refOf = definingRefs(defined);
  const { counts } = context;
  return (cursor: RowCursor) => {
    const ref = refOf(cursor);
    const kindText = requiredValue(cursor, 'kind');
    const kind = kindText === null ? null : parseCourseKind(kindText);
    if (kindText !== null && kind === null) {
      cursor.problem('kind', 'unknownCourseKind', { value: kindText });
    }
    const [startDate, endDate] = ['start_date', 'end_date'].map((column) =>
      requiredValue(cursor, column) === null
        ? null
        : parsedOrProblem(cursor, column, parseLegacyDate, 'invalidDate'),
    );
    const checked = courseCreateInput.safeParse({
      kind: kind ?? '',
      title: cursor.value('title'),
      town: cursor.value('town'),
      level: cursor.value('level'),
      lecturer: cursor.value('lecturer'),
      startDate: startDate ?? '',
      endDate: endDate ?? '',
    });
    if (!checked.success) {
      schemaProblems(cursor, checked.error.issues, columnOfField, context.lang);
      return;
    }
    if (ref === null) return;
    dates.set(ref, { start: checked.data.startDate, end: checked.data.endDate });
    if (context.known('course', ref) !== undefined) counts.unchanged++;
    else {
      context.sink.course({ ref, fields: checked.data });
      counts.courses++;
    }
  };
}
