import { countryName } from '../../contract/countries.ts';
import { builtInServiceTypes, type BuiltInServiceType } from '../../contract/services.ts';
import { courseKinds, type CourseKind } from '../../contract/courses.ts';
import type { SubjectLanguage } from '../../contract/gdpr.ts';
import {
  residenceStatuses,
  sexes,
  type ResidenceStatus,
  type Sex,
} from '../../contract/residence.ts';
import type { SubjectLabels } from './subject-label-types.ts';
import { subjectLabels } from './subject-labels.ts';

/** The catalogue's own names of service types that are not built in (a centre's additions). */
export type CatalogueNames = Record<string, { cs: string; en: string }>;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Values of the export as its reader understands them, in their language: dates as they write
 * them, countries, languages, statuses and services by name. Countries and languages other
 * than Czech and English come from ICU (Node ships the full data), which names them in every
 * language the export speaks.
 */
export function subjectFormatter(language: SubjectLanguage, catalogue: CatalogueNames) {
  const labels: SubjectLabels = subjectLabels[language];
  const regions = new Intl.DisplayNames([labels.locale], { type: 'region', fallback: 'code' });
  const languageNames = new Intl.DisplayNames([labels.locale], {
    type: 'language',
    fallback: 'code',
  });
  const dateFormat = new Intl.DateTimeFormat(labels.locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat(labels.locale, { hour: '2-digit', minute: '2-digit' });

  const date = (iso: string | null): string => {
    if (!iso) return '';
    if (/^\d{4}$/.test(iso)) return iso;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return iso;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Czech is written "3. 12. 2026", spaced, whatever ICU's version prefers.
    if (language === 'cs') return `${day}. ${month}. ${year}`;
    return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
  };

  /** A moment of the change log, in this computer's time zone (the office's). */
  const moment = (iso: string): string => {
    const at = new Date(iso);
    const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    return `${date(local)} ${timeFormat.format(at)}`;
  };

  const country = (code: string): string => {
    if (!code) return '';
    if (language === 'cs' || language === 'en') return countryName(code, language);
    return regions.of(code) ?? code;
  };

  const languageName = (code: string): string => (code ? (languageNames.of(code) ?? code) : '');

  const serviceType = (code: string): string => {
    if (isOneOf<BuiltInServiceType>(builtInServiceTypes, code)) return labels.serviceTypes[code];
    const names = catalogue[code];
    if (!names) return code;
    return language === 'cs' ? names.cs : names.en;
  };

  const courseKind = (kind: string): string =>
    isOneOf<CourseKind>(courseKinds, kind) ? labels.courseKinds[kind] : kind;
  const sex = (value: string | null): string =>
    isOneOf<Sex>(sexes, value) ? labels.sexes[value] : (value ?? '');
  const residence = (value: string | null): string =>
    isOneOf<ResidenceStatus>(residenceStatuses, value) ? labels.residence[value] : (value ?? '');
  const yesNo = (value: unknown): string =>
    value === 1 || value === true ? labels.yes : labels.no;

  /**
   * A field's value as the history shows it. Fields are the exported records' field names;
   * links between rows (ids) are left to the JSON, they mean nothing on paper.
   */
  const fieldValue = (field: string, value: string | number | null): string => {
    if (value === null || value === '') return '—';
    if (/^is[A-Z]/.test(field) || field === 'deleted') return yesNo(value);
    if (field === 'mergedInto') return labels.yes;
    if (field === 'sex') return sex(String(value));
    if (field === 'nationality') return country(String(value));
    if (field === 'residenceStatus') return residence(String(value));
    if (field === 'type') return serviceType(String(value));
    if (field === 'kind') return courseKind(String(value));
    if (field === 'preferredLanguage') return languageName(String(value));
    if (field === 'languages') return languageList(String(value));
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
    return String(value);
  };

  const languageList = (json: string): string => {
    try {
      const codes = JSON.parse(json) as unknown;
      return Array.isArray(codes) && codes.length > 0
        ? codes.map((code) => languageName(String(code))).join(', ')
        : '—';
    } catch {
      return json;
    }
  };

  const fieldLabel = (field: string): string =>
    (labels.fields as Record<string, string>)[field] ?? field;

  return {
    labels,
    date,
    moment,
    country,
    languageName,
    languageList,
    serviceType,
    courseKind,
    sex,
    residence,
    yesNo,
    fieldValue,
    fieldLabel,
  };
}

export type SubjectFormatter = ReturnType<typeof subjectFormatter>;

/** Fields of the history left off the PDF: links to other rows, which only the JSON can use. */
export function isLinkField(field: string): boolean {
  return field.endsWith('Id');
}
