import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  courseKinds,
  courseServiceType,
  courseServiceTypes,
  serviceTypeOfCourseKind,
} from '../../../db/contract/courses.ts';
import { runWrite, writeRow } from '../../../db/changes/index.ts';
import { builtInServiceTypes, derivedServiceTypes } from '../../../db/contract/services.ts';
import { attendedCourse } from '../../helpers/course-acts.ts';
import { openTempApi, type TempApi } from '../../helpers/temp-api.ts';

/**
 * The course kind → service type rule is defined once (serviceTypeOfCourseKind); the catalogue,
 * the act form's refusals and the all_acts view (a frozen migration's CASE, checked here) all follow it.
 */
describe('the service type of a course kind', () => {
  let temp: TempApi;
  beforeAll(async () => {
    temp = await openTempApi({ now: () => Date.UTC(2026, 11, 10, 12) });
  });
  afterAll(() => temp.close());

  it('maps every course kind to a built-in service type', () => {
    for (const kind of courseKinds) {
      expect(builtInServiceTypes, kind).toContain(serviceTypeOfCourseKind[kind]);
      expect(courseServiceType(kind)).toBe(serviceTypeOfCourseKind[kind]);
    }
    expect([...courseServiceTypes].sort()).toEqual(
      [...new Set(Object.values(serviceTypeOfCourseKind))].sort(),
    );
    // A kind from a newer office's version counts as a Czech course, as the view always did.
    expect(courseServiceType('language_cafe')).toBe('czech_course');
  });

  it('the catalogue marks exactly those types as course types, made only by attendance', async () => {
    const types = await temp.ok('serviceTypes.list', { includeArchived: true });
    expect(
      types
        .filter((type) => type.isCourseType)
        .map((type) => type.code)
        .sort(),
    ).toEqual([...courseServiceTypes].sort());
    for (const type of courseServiceTypes) expect(derivedServiceTypes.has(type), type).toBe(true);
  });

  it('the all_acts view gives each attended lesson the service type of its course kind', async () => {
    const client = await temp.ok('clients.create', {
      familyName: 'Nguyễn',
      givenNames: 'Văn An',
      nationality: 'VN',
      consentDate: '2026-11-01',
    });
    const courseIds = new Map<string, string>();
    for (const kind of courseKinds) {
      courseIds.set(await attendedCourse(temp, kind, client.id), kind);
    }
    // A kind this version does not know, as a row synced from a newer office would carry it.
    const newerKindCourse = await attendedCourse(temp, 'pc', client.id);
    runWrite(temp.store, null, (w) =>
      writeRow(w, 'courses', newerKindCourse, { kind: 'language_cafe' }),
    );
    courseIds.set(newerKindCourse, 'language_cafe');
    const lessons = temp.store.sqlite
      .prepare("SELECT type, course_id, course_kind FROM all_acts WHERE source = 'lesson'")
      .all() as { type: string; course_id: string; course_kind: string }[];
    expect(lessons).toHaveLength(courseKinds.length + 1);
    for (const lesson of lessons) {
      const kind = courseIds.get(lesson.course_id)!;
      expect(lesson.course_kind).toBe(kind);
      expect(lesson.type, kind).toBe(courseServiceType(kind));
    }
    for (const kind of courseKinds)
      expect(courseServiceType(kind)).toBe(serviceTypeOfCourseKind[kind]);
  });
});
