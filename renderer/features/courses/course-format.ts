import {
  courseKindLabels,
  type CourseKind,
  type Language,
  type WeeklySlot,
} from '../../../db/contract/index.ts';
import { formatDate } from '../clients/client-format.ts';

/** ISO weekdays 1 (Monday) … 7 (Sunday), the order a Czech timetable lists them. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const weekdayNames: Record<Language, { short: string[]; long: string[] }> = {
  cs: {
    short: ['Po', 'Út', 'St', 'Čt', 'Pá', 'So', 'Ne'],
    long: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  },
  en: {
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    long: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
};

export function weekdayShort(weekday: number, language: Language): string {
  return weekdayNames[language].short[weekday - 1] ?? String(weekday);
}

export function weekdayLong(weekday: number, language: Language): string {
  return weekdayNames[language].long[weekday - 1] ?? String(weekday);
}

/** ISO weekday of a YYYY-MM-DD day, computed in UTC so no time zone shifts it. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function kindLabel(kind: CourseKind, language: Language): string {
  return courseKindLabels[kind][language];
}

/** "Út 17:00–18:30, Čt 17:00–18:30", in weekday order. */
export function scheduleSummary(schedule: WeeklySlot[], language: Language): string {
  return [...schedule]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map((slot) => `${weekdayShort(slot.weekday, language)} ${slot.start}–${slot.end}`)
    .join(', ');
}

export function formatDateRange(start: string, end: string, language: Language): string {
  return `${formatDate(start, language)} – ${formatDate(end, language)}`;
}

/** "Út 24. 11. 2026" — a lesson is found by its weekday as much as by its date. */
export function lessonDay(date: string, language: Language): string {
  return `${weekdayShort(isoWeekdayOf(date), language)} ${formatDate(date, language)}`;
}

/** "24. 11." / "24/11": the day of a lesson in a narrow grid column. */
export function shortDay(date: string, language: Language): string {
  const [, month, day] = date.split('-').map(Number);
  return language === 'cs' ? `${day}. ${month}.` : `${pad(day ?? 0)}/${pad(month ?? 0)}`;
}

/** "83 %" in Czech (with the non-breaking space Czech puts there), "83%" in English. */
export function formatRate(rate: number | null, language: Language): string {
  if (rate === null) return '–';
  return new Intl.NumberFormat(language === 'cs' ? 'cs-CZ' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}

const pad = (value: number) => String(value).padStart(2, '0');
