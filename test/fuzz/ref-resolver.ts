import { builtInServiceTypes } from '../../db/contract/services.ts';
import type { Store } from '../../db/store.ts';
import { addDays } from './fuzz-dates.ts';
import { courseRefKinds, isRef, type Ref, type RefKind } from './fuzz-refs.ts';

/**
 * Turns the generator's placeholders into ids of records as they are now. Runs in the worker,
 * next to the database. Ids are listed in id order, so the same pick on the same register gives
 * the same record.
 */
export class RefResolver {
  private lists = new Map<string, string[]>();
  private listedAt = -1;
  readonly importJobs: string[] = [];
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  totalChanges(): number {
    return this.store.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  }

  /** One column of a query, cached until a row changes. */
  private column(sql: string, ...params: string[]): string[] {
    const changes = this.totalChanges();
    if (changes !== this.listedAt) {
      this.lists.clear();
      this.listedAt = changes;
    }
    const key = `${sql}|${params.join('|')}`;
    let list = this.lists.get(key);
    if (!list) {
      list = (
        this.store.sqlite
          .prepare(sql)
          .pluck()
          .all(...params) as unknown[]
      ).map(String);
      this.lists.set(key, list);
    }
    return list;
  }

  private listOf(kind: RefKind, courseId: string): string[] {
    const live = (table: string, where = '', column = 'id') =>
      this.column(`SELECT ${column} FROM ${table} WHERE deleted = 0 ${where} ORDER BY id`);
    const ofCourse = (sql: string) => this.column(sql, courseId);
    switch (kind) {
      case 'client':
        return live('clients', 'AND merged_into IS NULL');
      case 'anyClient':
        return this.column('SELECT id FROM clients ORDER BY id');
      case 'mergedClient':
        return live('clients', 'AND merged_into IS NOT NULL');
      case 'enrolledClient':
        return ofCourse(
          'SELECT client_id FROM enrolments WHERE course_id = ? AND deleted = 0 ORDER BY id',
        );
      case 'act':
        return live('service_acts');
      case 'course':
        return live('courses');
      case 'lesson':
        return live('lessons');
      case 'courseLesson':
        return ofCourse('SELECT id FROM lessons WHERE course_id = ? AND deleted = 0 ORDER BY id');
      case 'courseDay':
        return this.daysOf(courseId);
      case 'enrolment':
        return live('enrolments');
      case 'book':
        return live('books');
      case 'loan':
        return live('loans');
      case 'openLoan':
        return live('loans', 'AND returned_on IS NULL');
      case 'serviceType':
        return [...builtInServiceTypes, ...live('service_types')];
      case 'importJob':
        return this.importJobs;
      case 'tallyType':
        return live('anonymous_tallies', 'AND count > 0', 'type');
      case 'tallyDate':
        return live('anonymous_tallies', 'AND count > 0', 'date');
      case 'tallyTown':
        return live('anonymous_tallies', 'AND count > 0', 'town');
    }
  }

  /** The days of a course, first to last (at most a year of them: enough to pick from). */
  private daysOf(courseId: string): string[] {
    const row = this.store.sqlite
      .prepare('SELECT start_date AS start, end_date AS end FROM courses WHERE id = ?')
      .get(courseId) as { start: string; end: string } | undefined;
    if (!row) return [];
    const days = [row.start];
    while (days.length < 366 && days.at(-1)! < row.end) days.push(addDays(days.at(-1)!, 1));
    return days;
  }

  /** When a course has nobody enrolled, no lessons or no course: a record of the wider kind. */
  private fallback(kind: RefKind): RefKind | null {
    if (kind === 'enrolledClient' || kind === 'mergedClient') return 'client';
    if (kind === 'courseLesson') return 'lesson';
    return null;
  }

  private pick(ref: Ref, courseId: string): string {
    let list = this.listOf(ref.$fuzzRef, courseId);
    const wider = this.fallback(ref.$fuzzRef);
    if (list.length === 0 && wider) list = this.listOf(wider, courseId);
    if (list.length === 0 && ref.$fuzzRef === 'courseDay') return '2010-03-01';
    // No such record (yet): an id that looks real but is not.
    const missing = `01900000-0000-7000-8000-${String(ref.pick).padStart(12, '0').slice(-12)}`;
    return list[ref.pick % list.length] ?? missing;
  }

  /** The course a call is about: named, or the course of the lesson named. */
  private courseOf(method: string, input: unknown): string {
    if (typeof input !== 'object' || input === null) return '';
    const { courseId, lessonId, id } = input as Record<string, unknown>;
    if (typeof courseId === 'string') return courseId;
    const lesson = method === 'lessons.move' ? id : lessonId;
    if (typeof lesson !== 'string') return '';
    const row = this.store.sqlite.prepare('SELECT course_id FROM lessons WHERE id = ?').pluck();
    return (row.get(lesson) as string | undefined) ?? '';
  }

  resolve(method: string, input: unknown): unknown {
    const first = this.replace(input, '', false);
    return this.replace(first, this.courseOf(method, first), true);
  }

  private replace(value: unknown, courseId: string, isSecondPass: boolean): unknown {
    if (isRef(value)) {
      return courseRefKinds.has(value.$fuzzRef) === isSecondPass
        ? this.pick(value, courseId)
        : value;
    }
    if (Array.isArray(value))
      return value.map((item) => this.replace(item, courseId, isSecondPass));
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty keeps an own '__proto__' key an own key.
      Object.defineProperty(copy, key, {
        value: this.replace(item, courseId, isSecondPass),
        enumerable: true,
        writable: true,
      });
    }
    return copy;
  }
}
