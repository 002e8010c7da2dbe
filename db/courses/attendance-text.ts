import type { WeeklySlot } from '../contract/courses.ts';

/** The words and dates of the printed attendance sheet, in Czech (the norm) or English. */

export type SheetLanguage = 'cs' | 'en';

export const sheetText = {
  cs: {
    title: 'Prezenční listina',
    heading: 'PREZENČNÍ LISTINA',
    continued: 'pokračování',
    number: 'Č.',
    name: 'Jméno a příjmení',
    nationality: 'Státní příslušnost',
    nationalityShort: 'Stát',
    signature: 'Podpis',
    walkIns: 'Další účastníci',
    date: 'Datum',
    time: 'Čas',
    lesson: 'Lekce',
    lessonOf: (n: number, total: number) => `${n}. z ${total}`,
    venue: 'Místo konání',
    lecturer: 'Lektor/ka',
    level: 'Úroveň',
    term: 'Termín kurzu',
    schedule: 'Rozvrh',
    lessons: 'Lekce',
    lessonCancelled: 'Tato lekce byla zrušena.',
    noLessons: 'Kurz zatím nemá žádné lekce.',
    confirmation: 'Svým podpisem účastníci potvrzují svou účast na lekci.',
    presentCount: 'Počet přítomných',
    lecturerSignature: 'Podpis lektora',
    cancelled: 'zrušeno',
    leftOn: 'ukončil/a',
    legend:
      '✓ přítomen/přítomna   – nepřítomen/nepřítomna   šedé pole: lekce zrušena nebo účastník/ce v kurzu již nebyl/a',
    page: 'Strana',
  },
  en: {
    title: 'Attendance sheet',
    heading: 'ATTENDANCE SHEET',
    continued: 'continued',
    number: 'No.',
    name: 'Name and surname',
    nationality: 'Nationality',
    nationalityShort: 'Nat.',
    signature: 'Signature',
    walkIns: 'Other participants',
    date: 'Date',
    time: 'Time',
    lesson: 'Lesson',
    lessonOf: (n: number, total: number) => `${n} of ${total}`,
    venue: 'Venue',
    lecturer: 'Lecturer',
    level: 'Level',
    term: 'Course dates',
    schedule: 'Schedule',
    lessons: 'Lessons',
    lessonCancelled: 'This lesson was cancelled.',
    noLessons: 'The course has no lessons yet.',
    confirmation: 'By signing, participants confirm that they attended the lesson.',
    presentCount: 'Number present',
    lecturerSignature: 'Lecturer’s signature',
    cancelled: 'cancelled',
    leftOn: 'left',
    legend: '✓ present   – absent   grey cell: lesson cancelled or participant no longer enrolled',
    page: 'Page',
  },
} as const;

export type SheetText = (typeof sheetText)[SheetLanguage];

const utcDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};

/**
 * "24. 11. 2026" as Czech forms write it (spaced, no leading zeros), built by hand because
 * ICU's Czech pattern varies between versions in its spaces.
 */
export function formatDate(iso: string, language: SheetLanguage): string {
  const date = utcDate(iso);
  if (language === 'en') {
    const format = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat('en-GB', format).format(date);
  }
  return `${date.getUTCDate()}. ${date.getUTCMonth() + 1}. ${date.getUTCFullYear()}`;
}

/** "24. 11." for a column heading, where the year is in the header above. */
export function formatShortDate(iso: string, language: SheetLanguage): string {
  const date = utcDate(iso);
  if (language === 'en') return `${date.getUTCDate()}/${date.getUTCMonth() + 1}`;
  return `${date.getUTCDate()}. ${date.getUTCMonth() + 1}.`;
}

export function weekdayName(iso: string, language: SheetLanguage, style: 'long' | 'short') {
  const format = { weekday: style, timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(language, format).format(utcDate(iso));
}

/** "17:00–18:30" with an en dash, as Czech typography writes ranges. */
export const formatTimeRange = (start: string, end: string) => `${start}–${end}`;

/** "út 17:00–18:30, čt 17:00–18:30": the weekly slots in calendar order. */
export function formatSchedule(schedule: WeeklySlot[], language: SheetLanguage): string {
  // 2024-01-01 was a Monday, so weekday n (1 = Monday) falls on 2024-01-0n.
  return [...schedule]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map(
      (slot) =>
        `${weekdayName(`2024-01-0${slot.weekday}`, language, 'short')} ${formatTimeRange(slot.start, slot.end)}`,
    )
    .join(', ');
}
