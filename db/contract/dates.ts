/** ISO calendar dates (YYYY-MM-DD) as the app stores them, checked for real calendar days. */
export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A birth date is a full date or a year alone; neither before 1900 nor in the future. */
export function isValidBirthDate(text: string, today = todayIso()): boolean {
  if (/^\d{4}$/.test(text)) return Number(text) >= 1900 && text <= today.slice(0, 4);
  return isValidIsoDate(text) && text >= '1900-01-01' && text <= today;
}

/** The year of a birth date, full or year-only. */
export function birthYear(text: string | null): number | null {
  return text ? Number(text.slice(0, 4)) : null;
}
