import { courseServiceTypes } from '../contract/courses.ts';
import {
  builtInServiceLabels,
  builtInServiceTypes,
  type ServiceType,
} from '../contract/services.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';

const courseTypes: ReadonlySet<string> = new Set(courseServiceTypes);
const isBuiltIn = (code: string) => (builtInServiceTypes as readonly string[]).includes(code);

/**
 * The catalogue: the built-in types (from code, so every office has them) merged with the
 * synced rows that add custom types or archive and relabel built-in ones.
 */
export function listServiceTypes(store: Store, includeArchived: boolean): ServiceType[] {
  const rows = selectAll(
    store,
    store.db.selectFrom('service_types').selectAll().where('deleted', '=', 0),
  );
  const byCode = new Map(rows.map((row) => [row.id, row]));
  const types: ServiceType[] = builtInServiceTypes.map((code) => {
    const row = byCode.get(code);
    return {
      code,
      labelCs: row?.label_cs || builtInServiceLabels[code].cs,
      labelEn: row?.label_en || builtInServiceLabels[code].en,
      isCourseType: courseTypes.has(code),
      isBuiltIn: true,
      isArchived: row?.is_archived === 1,
    };
  });
  for (const row of rows) {
    if (isBuiltIn(row.id)) continue;
    types.push({
      code: row.id,
      labelCs: row.label_cs,
      labelEn: row.label_en,
      isCourseType: false,
      isBuiltIn: false,
      isArchived: row.is_archived === 1,
    });
  }
  return includeArchived ? types : types.filter((type) => !type.isArchived);
}

export function findServiceType(store: Store, code: string): ServiceType | undefined {
  return listServiceTypes(store, true).find((type) => type.code === code);
}

export function createServiceType(
  store: Store,
  author: string | null,
  input: { code: string; labelCs: string; labelEn: string },
): ServiceType {
  return runWrite(store, author, (w) => {
    if (findServiceType(store, input.code)) {
      throw new PristavError('DUPLICATE', { what: input.code });
    }
    writeRow(w, 'service_types', input.code, { label_cs: input.labelCs, label_en: input.labelEn });
    return findServiceType(store, input.code)!;
  });
}

export function archiveServiceType(
  store: Store,
  author: string | null,
  code: string,
  isArchived: boolean,
): ServiceType {
  return runWrite(store, author, (w) => {
    if (!findServiceType(store, code)) throw new PristavError('NOT_FOUND', { what: code });
    writeRow(w, 'service_types', code, { is_archived: isArchived });
    return findServiceType(store, code)!;
  });
}
